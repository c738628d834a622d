// mutant: keeps a pixel when it is ≥ both neighbours, so both pixels of a two-pixel plateau survive (no tie rule)
function nonMaxSuppression(magnitude: Image, angle: Image): Image {
  const { width: w, height: h } = magnitude;
  const out = core.createImage(w, h, 1);
  const at = (x: number, y: number) => (x >= 0 && y >= 0 && x < w && y < h ? magnitude.data[y * w + x] : 0);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const m = magnitude.data[y * w + x];
      if (m <= 0) continue;
      let t = angle.data[y * w + x] % 180;
      if (t < 0) t += 180;
      let keep: boolean;
      if (t < 22.5 || t >= 157.5) keep = m >= at(x - 1, y) && m >= at(x + 1, y);
      else if (t < 67.5) keep = m >= at(x - 1, y - 1) && m >= at(x + 1, y + 1);
      else if (t < 112.5) keep = m >= at(x, y - 1) && m >= at(x, y + 1);
      else keep = m >= at(x + 1, y - 1) && m >= at(x - 1, y + 1);
      if (keep) out.data[y * w + x] = m;
    }
  }
  return out;
}
