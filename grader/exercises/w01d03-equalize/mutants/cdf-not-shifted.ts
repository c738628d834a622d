// mutant: CDF not normalised by its minimum — lut = round(cdf·255/N), so the darkest level never maps to 0
function equalize(img: Image): Image {
  const n = img.data.length;
  const hist = new Array(256).fill(0);
  for (let i = 0; i < n; i++) hist[Math.round(img.data[i] * 255)]++;
  const lut = new Array(256).fill(0);
  let cdf = 0;
  for (let k = 0; k < 256; k++) {
    cdf += hist[k];
    lut[k] = Math.round((cdf * 255) / n);
  }
  const out = core.createImage(img.width, img.height, 1);
  for (let i = 0; i < n; i++) out.data[i] = lut[Math.round(img.data[i] * 255)] / 255;
  return out;
}
