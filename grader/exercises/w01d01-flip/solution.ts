function flipHorizontal(img: Image): Image {
  const { width, height, channels } = img;
  const out = core.createImage(width, height, channels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const src = (y * width + (width - 1 - x)) * channels;
      const dst = (y * width + x) * channels;
      for (let c = 0; c < channels; c++) out.data[dst + c] = img.data[src + c];
    }
  }
  return out;
}
