// mutant: forgets to clip the result to [0, 1]
function adjust(img: Image, alpha: number, beta: number): Image {
  const out = core.createImage(img.width, img.height, img.channels);
  for (let i = 0; i < img.data.length; i++) out.data[i] = alpha * img.data[i] + beta;
  return out;
}
