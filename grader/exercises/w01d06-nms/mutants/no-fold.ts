// mutant: does not fold the angle into [0°, 180°): angles ≥ 180° and negative ones all fall into the left/right case
function nonMaxSuppression(magnitude: Image, angle: Image): Image {
  const { width: w, height: h } = magnitude;
  const out = core.createImage(w, h, 1);
  const at = (x: number, y: number) => (x >= 0 && y >= 0 && x < w && y < h ? magnitude.data[y * w + x] : 0);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const m = magnitude.data[y * w + x];
      if (m <= 0) continue;
      const t = angle.data[y * w + x];
      let keep: boolean;
      if (t < 22.5 || t >= 157.5) keep = m > at(x - 1, y) && m >= at(x + 1, y);
      else if (t < 67.5) keep = m > at(x - 1, y - 1) && m > at(x + 1, y + 1);
      else if (t < 112.5) keep = m > at(x, y - 1) && m >= at(x, y + 1);
      else keep = m > at(x + 1, y - 1) && m > at(x - 1, y + 1);
      if (keep) out.data[y * w + x] = m;
    }
  }
  return out;
}
