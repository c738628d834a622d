// mutant: averages and half-differences (divides by 4, i.e. the 1/√2 of each 1-D step replaced by 1/2): not orthonormal, energy not kept (the inverse matches, so the round trip still works)
function haar2d(img: Image): Image {
  const { width: w, height: h, channels: cn } = img;
  const [hw, hh] = [w / 2, h / 2];
  const out = core.createImage(w, h, cn);
  const at = (x: number, y: number, c: number) => (y * w + x) * cn + c;
  for (let j = 0; j < hh; j++) {
    for (let i = 0; i < hw; i++) {
      for (let c = 0; c < cn; c++) {
        const p = img.data[at(2 * i, 2 * j, c)], q = img.data[at(2 * i + 1, 2 * j, c)];
        const r = img.data[at(2 * i, 2 * j + 1, c)], s = img.data[at(2 * i + 1, 2 * j + 1, c)];
        out.data[at(i, j, c)] = (p + q + r + s) / 4; // approximation
        out.data[at(hw + i, j, c)] = (p - q + r - s) / 4; // differences along x
        out.data[at(i, hh + j, c)] = (p + q - r - s) / 4; // differences along y
        out.data[at(hw + i, hh + j, c)] = (p - q - r + s) / 4; // diagonal
      }
    }
  }
  return out;
}

function ihaar2d(coeffs: Image): Image {
  const { width: w, height: h, channels: cn } = coeffs;
  const [hw, hh] = [w / 2, h / 2];
  const out = core.createImage(w, h, cn);
  const at = (x: number, y: number, c: number) => (y * w + x) * cn + c;
  for (let j = 0; j < hh; j++) {
    for (let i = 0; i < hw; i++) {
      for (let c = 0; c < cn; c++) {
        const a = coeffs.data[at(i, j, c)], dx = coeffs.data[at(hw + i, j, c)];
        const dy = coeffs.data[at(i, hh + j, c)], dd = coeffs.data[at(hw + i, hh + j, c)];
        out.data[at(2 * i, 2 * j, c)] = (a + dx + dy + dd);
        out.data[at(2 * i + 1, 2 * j, c)] = (a - dx + dy - dd);
        out.data[at(2 * i, 2 * j + 1, c)] = (a + dx - dy - dd);
        out.data[at(2 * i + 1, 2 * j + 1, c)] = (a - dx - dy + dd);
      }
    }
  }
  return out;
}
