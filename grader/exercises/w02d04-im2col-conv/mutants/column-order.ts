// mutant: column order: output pixels stored column by column (ox·outH + oy) while the product is read back row by row (oy·outW + ox)
function im2colMatrix(img: Image, kh: number, kw: number, stride: number, padding: number): number[][] {
  const { width, height, data } = img;
  const outW = Math.floor((width + 2 * padding - kw) / stride) + 1;
  const outH = Math.floor((height + 2 * padding - kh) / stride) + 1;
  const matrix: number[][] = [];
  for (let i = 0; i < kh; i++) {
    for (let j = 0; j < kw; j++) {
      const row = new Array<number>(outW * outH).fill(0);
      for (let oy = 0; oy < outH; oy++) {
        const y = oy * stride - padding + i;
        if (y < 0 || y >= height) continue;
        for (let ox = 0; ox < outW; ox++) {
          const x = ox * stride - padding + j;
          if (x >= 0 && x < width) row[ox * outH + oy] = data[y * width + x];
        }
      }
      matrix.push(row);
    }
  }
  return matrix;
}

function conv2dIm2col(img: Image, kernel: number[][], stride: number, padding: number): Image {
  const kh = kernel.length, kw = kernel[0].length;
  const outW = Math.floor((img.width + 2 * padding - kw) / stride) + 1;
  const outH = Math.floor((img.height + 2 * padding - kh) / stride) + 1;
  const weights: number[] = [];
  for (const row of kernel) weights.push(...row);
  const matrix = im2colMatrix(img, kh, kw, stride, padding);
  const out = core.createImage(outW, outH, 1);
  for (let c = 0; c < outW * outH; c++) {
    let sum = 0;
    for (let r = 0; r < weights.length; r++) sum += weights[r] * matrix[r][c];
    out.data[c] = sum;
  }
  return out;
}
