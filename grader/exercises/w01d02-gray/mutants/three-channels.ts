// mutant: writes the grey value into all three channels (returns a 3-channel image, not 1 channel)
function toGray(img: Image): Image {
  const out = core.createImage(img.width, img.height, 3);
  for (let i = 0; i < img.data.length; i += 3) {
    const y = 0.299 * img.data[i] + 0.587 * img.data[i + 1] + 0.114 * img.data[i + 2];
    out.data[i] = y;
    out.data[i + 1] = y;
    out.data[i + 2] = y;
  }
  return out;
}
