/**
 * Private: valid cross-correlation C(x, y) = Σ T(i, j)·I(x+i, y+j), direct or by blocked FFT,
 * delivered in horizontal strips of output rows (top to bottom) so that no full-size C is ever
 * allocated: the consumer (matchTemplate's normalisation) runs on each strip as it is finished.
 */
import { colsForward, colsInverse, rowsForward, rowsInverse } from "./_fft";

const pow2 = (n: number) => 2 ** Math.ceil(Math.log2(Math.max(1, n)));

/** Receives output rows y0 … y0+rows−1 of C, row-major with row stride ow, in `C` (reused: read it before returning). */
export type StripConsumer = (C: Float64Array, y0: number, rows: number) => void;

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
      // measured in V8: past 2¹⁶ points (1 MiB of complex float64) a transform costs ~30 % more per n·log₂n (cache)
      const f = n > 65536 ? 1.3 : 1;
      const cost = (Math.ceil(blocks / 2) * 2 + 1) * n * Math.log2(n) * f + Math.ceil(blocks / 2) * n * 4;
      if (cost < best.cost) best = { bx, by, cost };
    }
  }
  return best;
}

/** Direct correlation, O(ow·oh·tw·th), in strips of rows. */
function direct(I: Float32Array, W: number, H: number, T: Float32Array, tw: number, th: number, emit: StripConsumer): void {
  const ow = W - tw + 1;
  const oh = H - th + 1;
  const stripRows = Math.max(1, Math.min(oh, Math.floor(65536 / ow)));
  const C = new Float64Array(stripRows * ow);
  for (let y0 = 0; y0 < oh; y0 += stripRows) {
    const rows = Math.min(stripRows, oh - y0);
    C.fill(0);
    for (let j = 0; j < th; j++) {
      for (let i = 0; i < tw; i++) {
        const t = T[j * tw + i]!;
        if (t === 0) continue;
        for (let y = 0; y < rows; y++) {
          const src = (y0 + y + j) * W + i;
          const dst = y * ow;
          for (let x = 0; x < ow; x++) C[dst + x] = C[dst + x]! + t * I[src + x]!;
        }
      }
    }
    emit(C, y0, rows);
  }
}

/**
 * Copy the image window at (x0, y0) into the top-left of a bx × by block and zero the rest of the
 * block rows it fills (rows below are left alone: the caller zeroes them when needed); returns the rows copied.
 */
function loadBlock(I: Float32Array, W: number, H: number, dst: Float64Array, bx: number, by: number, x0: number, y0: number): number {
  const rows = Math.min(by, H - y0);
  const cols = Math.min(bx, W - x0);
  for (let j = 0; j < rows; j++) {
    const s = (y0 + j) * W + x0;
    const d = j * bx;
    dst.set(I.subarray(s, s + cols), d); // converting copy by the built-in: much faster than a loop
    if (cols < bx) dst.fill(0, d + cols, d + bx);
  }
  return rows;
}

/** Copy the valid rows × cols of a block result into the strip buffer at (x0, yOff). */
function storeBlock(src: Float64Array, bx: number, C: Float64Array, ow: number, x0: number, yOff: number, rows: number, cols: number): void {
  for (let j = 0; j < rows; j++) C.set(src.subarray(j * bx, j * bx + cols), (yOff + j) * ow + x0);
}

/**
 * Blocked FFT correlation (overlap-save), two real image blocks per complex transform (one in
 * the real part, one in the imaginary part: correlation with a real template is linear, so the
 * real and imaginary parts of the result are the two correlations). Spectra stay in the
 * transform's digit-reversed order (see _fft.ts); rows that are all zero are not transformed
 * forward, and only the rows holding valid outputs are transformed back. Block rows are done
 * one at a time (two when a row has an odd number of blocks, so that every transform but the
 * last carries two blocks) into a strip buffer handed to `emit`.
 */
function viaFft(I: Float32Array, W: number, H: number, T: Float32Array, tw: number, th: number, bx: number, by: number, emit: StripConsumer): void {
  const ow = W - tw + 1;
  const oh = H - th + 1;
  const n = bx * by;
  const vx = bx - tw + 1;
  const vy = by - th + 1;
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  for (let j = 0; j < th; j++) for (let i = 0; i < tw; i++) re[j * bx + i] = T[j * tw + i]!;
  rowsForward(re, im, bx, 0, th);
  colsForward(re, im, bx, by);
  // conj(T̂) / n, so the product needs no conjugation and the inverse no scaling
  const TR = new Float64Array(n);
  const TI = new Float64Array(n);
  const sc = 1 / n;
  for (let k = 0; k < n; k++) (TR[k] = re[k]! * sc), (TI[k] = -im[k]! * sc);
  const nbx = Math.ceil(ow / vx);
  const nby = Math.ceil(oh / vy);
  const rowsPerStrip = nbx % 2 === 0 ? 1 : 2;
  const C = new Float64Array(Math.min(rowsPerStrip * vy, oh) * ow);
  const bxs: number[] = [];
  const bys: number[] = [];
  for (let by0 = 0; by0 < nby; by0 += rowsPerStrip) {
    const y0 = by0 * vy;
    const stripRows = Math.min(rowsPerStrip * vy, oh - y0);
    bxs.length = 0;
    bys.length = 0;
    for (let r = by0; r < Math.min(nby, by0 + rowsPerStrip); r++) for (let c = 0; c < nbx; c++) bxs.push(c * vx), bys.push(r * vy);
    for (let b = 0; b < bxs.length; b += 2) {
      const ax = bxs[b]!, ay = bys[b]!;
      const second = b + 1 < bxs.length;
      const cx = second ? bxs[b + 1]! : 0, cy = second ? bys[b + 1]! : 0;
      let rows = loadBlock(I, W, H, re, bx, by, ax, ay);
      if (second) {
        const rows2 = loadBlock(I, W, H, im, bx, by, cx, cy);
        // a block shorter than the other needs zero rows down to the taller one's end
        if (rows2 < rows) im.fill(0, rows2 * bx, rows * bx);
        else if (rows < rows2) re.fill(0, rows * bx, rows2 * bx);
        rows = Math.max(rows, rows2);
      } else im.fill(0, 0, rows * bx);
      rowsForward(re, im, bx, 0, rows);
      if (rows < by) (re.fill(0, rows * bx), im.fill(0, rows * bx));
      colsForward(re, im, bx, by, 0, bx, TR, TI); // its last stage multiplies by conj(T̂)/n
      colsInverse(re, im, bx, by);
      const ra = Math.min(vy, oh - ay);
      const rc = second ? Math.min(vy, oh - cy) : 0;
      rowsInverse(re, im, bx, 0, Math.max(ra, rc));
      storeBlock(re, bx, C, ow, ax, ay - y0, ra, Math.min(vx, ow - ax));
      if (second) storeBlock(im, bx, C, ow, cx, cy - y0, rc, Math.min(vx, ow - cx));
    }
    emit(C, y0, stripRows);
  }
}

/**
 * Valid correlation of a 1-channel image with a 1-channel template, strip by strip into `emit`;
 * picks direct or FFT by cost (or as forced).
 */
export function correlate(I: Float32Array, W: number, H: number, T: Float32Array, tw: number, th: number, force: "direct" | "fft" | undefined, emit: StripConsumer): void {
  const ow = W - tw + 1;
  const oh = H - th + 1;
  const p = plan(W, H, tw, th);
  const directCost = ow * oh * tw * th;
  // One butterfly-stage point costs about 2 multiply-adds of the direct loop (measured in V8).
  const useFft = force ? force === "fft" : p.cost * 2 < directCost;
  if (useFft) viaFft(I, W, H, T, tw, th, p.bx, p.by, emit);
  else direct(I, W, H, T, tw, th, emit);
}
