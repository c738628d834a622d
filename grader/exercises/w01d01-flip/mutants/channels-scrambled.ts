// mutant: reverses the whole data array, which also reverses each pixel's channel order (RGB → BGR)
function flipHorizontal(img: Image): Image {
  const { width, height, channels } = img;
  const out = core.createImage(width, height, channels);
  for (let y = 0; y < height; y++) {
    const row = img.data.subarray(y * width * channels, (y + 1) * width * channels);
    out.data.set(row.slice().reverse(), y * width * channels);
  }
  return out;
}
