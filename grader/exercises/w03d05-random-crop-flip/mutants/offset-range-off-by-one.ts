// mutant: draws shifts with rng.int(2 * padding): a shift of +padding can never happen
function randomCropFlip(images: Image[], labels: number[], padding: number, seed: number): { images: Image[]; labels: number[] } {
  const rng = core.seededRandom(seed);
  const out = images.map((img) => {
    const { width, height, channels } = img;
    const dx = rng.int(2 * padding) - padding;
    const dy = rng.int(2 * padding) - padding;
    const flip = rng.next() < 0.5;
    const res = core.createImage(width, height, channels);
    for (let y = 0; y < height; y++) {
      const sy = y + dy;
      if (sy < 0 || sy >= height) continue;
      for (let x = 0; x < width; x++) {
        const sx = (flip ? width - 1 - x : x) + dx;
        if (sx < 0 || sx >= width) continue;
        for (let c = 0; c < channels; c++) res.data[(y * width + x) * channels + c] = img.data[(sy * width + sx) * channels + c];
      }
    }
    return res;
  });
  return { images: out, labels: [...labels] };
}
