function equalize(img: Image): Image {
  const n = img.data.length;
  const hist = new Array(256).fill(0);
  for (let i = 0; i < n; i++) hist[Math.round(img.data[i] * 255)]++;
  let first = 0;
  while (hist[first] === 0) first++;
  const out = core.createImage(img.width, img.height, 1);
  if (hist[first] === n) {
    out.data.set(img.data);
    return out;
  }
  const lut = new Array(256).fill(0);
  let cdf = 0;
  for (let k = 0; k < 256; k++) {
    cdf += hist[k];
    lut[k] = Math.round(((cdf - hist[first]) * 255) / (n - hist[first]));
  }
  for (let i = 0; i < n; i++) out.data[i] = lut[Math.round(img.data[i] * 255)] / 255;
  return out;
}
