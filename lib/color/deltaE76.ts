import type { Image } from "../core/image";
import { ArgumentTypeError, describeValue } from "../core/errors";
import { checkImage, checkNumber } from "../core/validate";

/** One L*a*b* colour as `[L, a, b]`. */
export type LabColor = readonly [number, number, number];

/**
 * CIE 1976 colour difference ΔE*ab: the Euclidean distance between two L*a*b* colours,
 * `√(ΔL² + Δa² + Δb²)` (≈ 2.3 is a just-noticeable difference). Given two same-sized 3-channel
 * Lab images, returns a 1-channel image of per-pixel distances; given two `[L, a, b]` triples,
 * returns the number.
 * @example deltaE76([50, 10, 10], [50, 13, 14]) // 5
 * @see CIE 15:2004 Colorimetry, §8.2.1; Sharma, "Digital Color Imaging Handbook", ch. 1.
 */
export function deltaE76(lab1: LabColor, lab2: LabColor): number;
export function deltaE76(lab1: Image, lab2: Image): Image;
export function deltaE76(lab1: Image | LabColor, lab2: Image | LabColor): Image | number {
  if (Array.isArray(lab1)) {
    const p = checkTriple(lab1, "lab1");
    const q = checkTriple(lab2, "lab2");
    return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
  }
  checkImage(lab1, { channels: 3 }, "lab1");
  checkImage(lab2, { channels: 3 }, "lab2");
  if (lab1.width !== lab2.width || lab1.height !== lab2.height) {
    throw new ArgumentTypeError("lab2", `size ${lab2.width}×${lab2.height} differs from lab1 ${lab1.width}×${lab1.height}`);
  }
  const { width, height } = lab1;
  const a = lab1.data;
  const b = lab2.data;
  const n = width * height;
  const data = new Float32Array(n);
  for (let i = 0, s = 0; i < n; i++, s += 3) {
    const dl = a[s]! - b[s]!;
    const da = a[s + 1]! - b[s + 1]!;
    const db = a[s + 2]! - b[s + 2]!;
    data[i] = Math.sqrt(dl * dl + da * da + db * db);
  }
  return { width, height, channels: 1, data };
}

function checkTriple(v: unknown, argument: string): LabColor {
  if (!Array.isArray(v) || v.length !== 3) {
    throw new ArgumentTypeError(argument, `expected [L, a, b] or a 3-channel Lab image, got ${describeValue(v)}`);
  }
  v.forEach((x, k) => checkNumber(x, `${argument}[${k}]`));
  return v as unknown as LabColor;
}
