// mutant: adds beta before multiplying by alpha: α(v + β)
function adjust(img: Image, alpha: number, beta: number): Image {
  const out = core.createImage(img.width, img.height, img.channels);
  for (let i = 0; i < img.data.length; i++) {
    const v = alpha * (img.data[i] + beta);
    out.data[i] = v < 0 ? 0 : v > 1 ? 1 : v;
  }
  return out;
}
