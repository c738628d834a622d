// mutant: averages the upstream gradient over positions for dB instead of summing it
function convBackward(
  x: Float32Array, xShape: [number, number, number],
  w: Float32Array, wShape: [number, number, number, number],
  dOut: Float32Array,
  options: { stride: number; padding: "valid" | "same" },
): { dX: Float32Array; dW: Float32Array; dB: Float32Array } {
  const [H, W, C] = xShape;
  const [kh, kw, , cout] = wShape;
  const s = options.stride;
  let outH: number, outW: number, top = 0, left = 0;
  if (options.padding === "same") {
    outH = Math.ceil(H / s);
    outW = Math.ceil(W / s);
    top = Math.floor(Math.max((outH - 1) * s + kh - H, 0) / 2);
    left = Math.floor(Math.max((outW - 1) * s + kw - W, 0) / 2);
  } else {
    outH = Math.floor((H - kh) / s) + 1;
    outW = Math.floor((W - kw) / s) + 1;
  }
  const dX = new Float32Array(x.length), dW = new Float32Array(w.length), dB = new Float32Array(cout);
  // The forward loops, with every multiply-add turned into accumulations of the gradient.
  for (let oy = 0; oy < outH; oy++) {
    for (let ox = 0; ox < outW; ox++) {
      for (let co = 0; co < cout; co++) {
        const g = dOut[(oy * outW + ox) * cout + co];
        dB[co] += g / (outH * outW);
        for (let ky = 0; ky < kh; ky++) {
          const iy = oy * s + ky - top;
          if (iy < 0 || iy >= H) continue;
          for (let kx = 0; kx < kw; kx++) {
            const ix = ox * s + kx - left;
            if (ix < 0 || ix >= W) continue;
            for (let ci = 0; ci < C; ci++) {
              const xi = (iy * W + ix) * C + ci, wi = ((ky * kw + kx) * C + ci) * cout + co;
              dW[wi] += x[xi] * g;
              dX[xi] += w[wi] * g;
            }
          }
        }
      }
    }
  }
  return { dX, dW, dB };
}
