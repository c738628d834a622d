// mutant: adds the bias once per window pixel (inside the kernel loop) instead of once per output value
function convForward(
  x: Float32Array, xShape: [number, number, number],
  w: Float32Array, wShape: [number, number, number, number],
  b: Float32Array,
  options: { stride: number; padding: "valid" | "same" },
): { data: Float32Array; shape: [number, number, number] } {
  const [H, W, C] = xShape;
  const [kh, kw, , cout] = wShape;
  const s = options.stride;
  let outH: number, outW: number, top = 0, left = 0;
  if (options.padding === "same") {
    outH = Math.ceil(H / s);
    outW = Math.ceil(W / s);
    top = Math.floor(Math.max((outH - 1) * s + kh - H, 0) / 2); // the extra row goes to the bottom
    left = Math.floor(Math.max((outW - 1) * s + kw - W, 0) / 2);
  } else {
    outH = Math.floor((H - kh) / s) + 1;
    outW = Math.floor((W - kw) / s) + 1;
  }
  const out = new Float32Array(outH * outW * cout);
  for (let oy = 0; oy < outH; oy++) {
    for (let ox = 0; ox < outW; ox++) {
      for (let co = 0; co < cout; co++) {
        let sum = 0;
        for (let ky = 0; ky < kh; ky++) {
          const iy = oy * s + ky - top;
          if (iy < 0 || iy >= H) continue; // zero padding
          for (let kx = 0; kx < kw; kx++) {
            const ix = ox * s + kx - left;
            if (ix < 0 || ix >= W) continue;
            sum += b[co];
            for (let ci = 0; ci < C; ci++) {
              sum += x[(iy * W + ix) * C + ci] * w[((ky * kw + kx) * C + ci) * cout + co];
            }
          }
        }
        out[(oy * outW + ox) * cout + co] = sum;
      }
    }
  }
  return { data: out, shape: [outH, outW, cout] };
}
