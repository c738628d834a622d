// mutant: reads column width − x instead of width − 1 − x (off by one column)
function flipHorizontal(img: Image): Image {
  const { width, height, channels } = img;
  const out = core.createImage(width, height, channels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const sx = Math.min(width - x, width - 1);
      for (let c = 0; c < channels; c++) out.data[(y * width + x) * channels + c] = img.data[(y * width + sx) * channels + c];
    }
  }
  return out;
}
