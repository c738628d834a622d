// mutant: plain mean of the three channels instead of the BT.601 weights
function toGray(img: Image): Image {
  const out = core.createImage(img.width, img.height, 1);
  for (let p = 0; p < img.width * img.height; p++) {
    const i = p * 3;
    out.data[p] = (img.data[i] + img.data[i + 1] + img.data[i + 2]) / 3;
  }
  return out;
}
