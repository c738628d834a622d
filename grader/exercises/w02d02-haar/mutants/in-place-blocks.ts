// mutant: writes the four coefficients back into each 2×2 block (interleaved) instead of the four quadrants
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
        out.data[at(2 * i, 2 * j, c)] = (p + q + r + s) / 2; // approximation
        out.data[at(2 * i + 1, 2 * j, c)] = (p - q + r - s) / 2; // differences along x
        out.data[at(2 * i, 2 * j + 1, c)] = (p + q - r - s) / 2; // differences along y
        out.data[at(2 * i + 1, 2 * j + 1, c)] = (p - q - r + s) / 2; // diagonal
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
        const a = coeffs.data[at(2 * i, 2 * j, c)], dx = coeffs.data[at(2 * i + 1, 2 * j, c)];
        const dy = coeffs.data[at(2 * i, 2 * j + 1, c)], dd = coeffs.data[at(2 * i + 1, 2 * j + 1, c)];
        out.data[at(2 * i, 2 * j, c)] = (a + dx + dy + dd) / 2;
        out.data[at(2 * i + 1, 2 * j, c)] = (a - dx + dy - dd) / 2;
        out.data[at(2 * i, 2 * j + 1, c)] = (a + dx - dy - dd) / 2;
        out.data[at(2 * i + 1, 2 * j + 1, c)] = (a - dx - dy + dd) / 2;
      }
    }
  }
  return out;
}
