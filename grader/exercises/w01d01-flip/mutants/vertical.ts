// mutant: flips rows (vertical) instead of columns
function flipHorizontal(img: Image): Image {
  const { width, height, channels } = img;
  const out = core.createImage(width, height, channels);
  for (let y = 0; y < height; y++) {
    out.data.set(img.data.subarray((height - 1 - y) * width * channels, (height - y) * width * channels), y * width * channels);
  }
  return out;
}
