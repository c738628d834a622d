// mutant: assigns dX[argmax] instead of adding: a pixel that is the maximum of two overlapping windows keeps one gradient
function maxPoolForward(x: Float32Array, xShape: [number, number, number], size: number, stride: number): { data: Float32Array; shape: [number, number, number] } {
  const [H, W, C] = xShape;
  const outH = Math.floor((H - size) / stride) + 1, outW = Math.floor((W - size) / stride) + 1;
  const data = new Float32Array(outH * outW * C);
  for (let oy = 0; oy < outH; oy++) {
    for (let ox = 0; ox < outW; ox++) {
      for (let c = 0; c < C; c++) {
        let best = -Infinity;
        for (let i = 0; i < size; i++) {
          for (let j = 0; j < size; j++) best = Math.max(best, x[((oy * stride + i) * W + ox * stride + j) * C + c]);
        }
        data[(oy * outW + ox) * C + c] = best;
      }
    }
  }
  return { data, shape: [outH, outW, C] };
}

function maxPoolBackward(x: Float32Array, xShape: [number, number, number], size: number, stride: number, dOut: Float32Array): Float32Array {
  const [H, W, C] = xShape;
  const outH = Math.floor((H - size) / stride) + 1, outW = Math.floor((W - size) / stride) + 1;
  const dX = new Float32Array(x.length);
  for (let oy = 0; oy < outH; oy++) {
    for (let ox = 0; ox < outW; ox++) {
      for (let c = 0; c < C; c++) {
        let best = -Infinity, at = -1;
        for (let i = 0; i < size; i++) {
          for (let j = 0; j < size; j++) {
            const k = ((oy * stride + i) * W + ox * stride + j) * C + c;
            if (x[k] > best) { best = x[k]; at = k; } // strict: the first maximum wins ties
          }
        }
        dX[at] = dOut[(oy * outW + ox) * C + c]; // += : windows may overlap
      }
    }
  }
  return dX;
}
