/** Private: valid cross-correlation C(x, y) = Σ T(i, j)·I(x+i, y+j), direct or by blocked FFT. */
import { fft2dForward, fft2dInverse } from "./_fft";

const pow2 = (n: number) => 2 ** Math.ceil(Math.log2(Math.max(1, n)));

/** Pick FFT block sizes minimising estimated cost; returns the estimate too. */
function plan(W: number, H: number, tw: number, th: number): { bx: number; by: number; cost: number } {
  const ow = W - tw + 1;
  const oh = H - th + 1;
  let best = { bx: 0, by: 0, cost: Infinity };
  for (let bx = pow2(tw); bx <= Math.max(pow2(W), pow2(tw)); bx *= 2) {
    for (let by = pow2(th); by <= Math.max(pow2(H), pow2(th)); by *= 2) {
      const vx = bx - tw + 1;
      const vy = by - th + 1;
      if (vx < 1 || vy < 1) continue;
      const blocks = Math.ceil(ow / vx) * Math.ceil(oh / vy);
      const n = bx * by;
      const cost = (Math.ceil(blocks / 2) * 2 + 1) * n * Math.log2(n) + Math.ceil(blocks / 2) * n * 4;
      if (cost < best.cost) best = { bx, by, cost };
    }
  }
  return best;
}

/** Direct correlation, O(ow·oh·tw·th). */
function direct(I: Float32Array, W: number, H: number, T: Float32Array, tw: number, th: number): Float64Array {
  const ow = W - tw + 1;
  const oh = H - th + 1;
  const C = new Float64Array(ow * oh);
  for (let j = 0; j < th; j++) {
    for (let i = 0; i < tw; i++) {
      const t = T[j * tw + i]!;
      if (t === 0) continue;
      for (let y = 0; y < oh; y++) {
        const src = (y + j) * W + i;
        const dst = y * ow;
        for (let x = 0; x < ow; x++) C[dst + x] = C[dst + x]! + t * I[src + x]!;
      }
    }
  }
  return C;
}

/** Blocked FFT correlation (overlap-save), two real image blocks per complex transform. */
function viaFft(I: Float32Array, W: number, H: number, T: Float32Array, tw: number, th: number, bx: number, by: number): Float64Array {
  const ow = W - tw + 1;
  const oh = H - th + 1;
  const n = bx * by;
  const vx = bx - tw + 1;
  const vy = by - th + 1;
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  const TR = new Float64Array(n);
  const TI = new Float64Array(n);
  for (let j = 0; j < th; j++) for (let i = 0; i < tw; i++) re[j * bx + i] = T[j * tw + i]!;
  fft2dForward(re, im, TR, TI, bx, by);
  const SR = new Float64Array(n);
  const SI = new Float64Array(n);
  const blocks: [number, number][] = [];
  for (let y0 = 0; y0 < oh; y0 += vy) for (let x0 = 0; x0 < ow; x0 += vx) blocks.push([x0, y0]);
  const C = new Float64Array(ow * oh);
  const load = (dst: Float64Array, x0: number, y0: number) => {
    dst.fill(0);
    const rows = Math.min(by, H - y0);
    const cols = Math.min(bx, W - x0);
    for (let j = 0; j < rows; j++) {
      const s = (y0 + j) * W + x0;
      const d = j * bx;
      for (let i = 0; i < cols; i++) dst[d + i] = I[s + i]!;
    }
  };
  const store = (src: Float64Array, x0: number, y0: number) => {
    const rows = Math.min(vy, oh - y0);
    const cols = Math.min(vx, ow - x0);
    for (let j = 0; j < rows; j++) {
      const d = (y0 + j) * ow + x0;
      const s = j * bx;
      for (let i = 0; i < cols; i++) C[d + i] = src[s + i]!;
    }
  };
  for (let b = 0; b < blocks.length; b += 2) {
    const [ax, ay] = blocks[b]!;
    load(re, ax, ay);
    const second = blocks[b + 1];
    if (second) load(im, second[0], second[1]);
    else im.fill(0);
    fft2dForward(re, im, SR, SI, bx, by);
    for (let k = 0; k < n; k++) {
      const a = SR[k]!;
      const c = SI[k]!;
      const tr = TR[k]!;
      const ti = TI[k]!;
      SR[k] = a * tr + c * ti;
      SI[k] = c * tr - a * ti;
    }
    fft2dInverse(SR, SI, re, im, bx, by);
    store(re, ax, ay);
    if (second) store(im, second[0], second[1]);
  }
  return C;
}

/** Valid correlation of a 1-channel image with a 1-channel template; picks direct or FFT by cost. */
export function correlate(I: Float32Array, W: number, H: number, T: Float32Array, tw: number, th: number, force?: "direct" | "fft"): Float64Array {
  const ow = W - tw + 1;
  const oh = H - th + 1;
  const p = plan(W, H, tw, th);
  const directCost = ow * oh * tw * th;
  // One butterfly-stage point costs about 2 multiply-adds of the direct loop (measured in V8).
  const useFft = force ? force === "fft" : p.cost * 2 < directCost;
  return useFft ? viaFft(I, W, H, T, tw, th, p.bx, p.by) : direct(I, W, H, T, tw, th);
}
