/** Private: Lowe's Gaussian scale space (octaves × (scales+3) layers), shared by dogKeypoints and describe. */
import { gaussian } from "./_kernels";

export interface Octave {
  w: number;
  h: number;
  /** scales + 3 Gaussian images, σ_i = σ0·2^(i/scales) relative to this octave's pixels. */
  gauss: Float32Array[];
}

/** Assumed blur of the input image (Lowe 2004, §3.3). */
export const INPUT_BLUR = 0.5;

export function buildScaleSpace(src: Float32Array, w: number, h: number, octaves: number, scales: number, sigma0: number): Octave[] {
  const k = 2 ** (1 / scales);
  const out: Octave[] = [];
  let base = gaussian(src, w, h, Math.sqrt(Math.max(sigma0 * sigma0 - INPUT_BLUR * INPUT_BLUR, 0.01)));
  let cw = w;
  let ch = h;
  for (let o = 0; o < octaves; o++) {
    const gauss = [base];
    for (let i = 1; i < scales + 3; i++) {
      const prev = sigma0 * k ** (i - 1);
      const inc = Math.sqrt((prev * k) ** 2 - prev ** 2);
      gauss.push(gaussian(gauss[i - 1]!, cw, ch, inc));
    }
    out.push({ w: cw, h: ch, gauss });
    if (o + 1 < octaves) {
      // Next octave: layer `scales` (σ = 2σ0) subsampled by 2.
      const nw = Math.max(1, cw >> 1);
      const nh = Math.max(1, ch >> 1);
      const s = gauss[scales]!;
      const nb = new Float32Array(nw * nh);
      for (let y = 0; y < nh; y++) for (let x = 0; x < nw; x++) nb[y * nw + x] = s[2 * y * cw + 2 * x]!;
      base = nb;
      cw = nw;
      ch = nh;
    }
  }
  return out;
}

/** Number of octaves that keep at least `minSize` pixels per side. */
export function maxOctaves(w: number, h: number, minSize = 8): number {
  let n = 1;
  while (Math.min(w, h) >> n >= minSize) n++;
  return n;
}
