function toGray(img: Image): Image {
  const out = core.createImage(img.width, img.height, 1);
  for (let p = 0; p < img.width * img.height; p++) {
    const i = p * 3;
    out.data[p] = 0.299 * img.data[i] + 0.587 * img.data[i + 1] + 0.114 * img.data[i + 2];
  }
  return out;
}
