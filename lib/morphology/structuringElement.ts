import { ArgumentRangeError, ArgumentTypeError, describeValue } from "../core/errors";
import { checkInteger, checkOneOf } from "../core/validate";

/**
 * A flat structuring element: `height` rows of `width` flags, row-major, non-zero = member.
 * Its anchor (origin) is `anchor` or, by default, the centre (`⌊width/2⌋`, `⌊height/2⌋`) — the
 * same default as OpenCV's `anchor = (-1, -1)`.
 */
export interface StructuringElement {
  /** Number of columns, ≥ 1. */
  readonly width: number;
  /** Number of rows, ≥ 1. */
  readonly height: number;
  /** `width * height` values; non-zero marks a member. */
  readonly data: ArrayLike<number>;
  /** Origin of the element, in its own pixel coordinates. @default centre */
  readonly anchor?: { readonly x: number; readonly y: number };
}

/** Shapes of {@link structuringElement}. */
export const SeShape = { rect: "rect", ellipse: "ellipse", cross: "cross" } as const;
/** One of {@link SeShape}'s values. */
export type SeShape = (typeof SeShape)[keyof typeof SeShape];

/** Round half to even, as OpenCV's `cvRound` / `saturate_cast<int>(double)`. */
function roundHalfEven(v: number): number {
  const r = Math.round(v);
  return Math.abs(v % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * A rectangle, ellipse (inscribed in the box) or cross (the centre row and column) of the given
 * size, exactly as `cv.getStructuringElement(shape, size)` builds it (same rounding of the
 * ellipse rows). Values are 0/1 in a Uint8Array; anchor at the centre.
 * @example const disk = structuringElement("ellipse", 5); const bar = structuringElement("rect", { width: 7, height: 1 });
 * @see Gonzalez & Woods (4th ed.) §9.1; OpenCV `cv::getStructuringElement`.
 */
export function structuringElement(shape: SeShape, size: number | { width: number; height: number }): StructuringElement & { data: Uint8Array } {
  checkOneOf(shape, Object.values(SeShape), "shape");
  let width: number, height: number;
  if (typeof size === "number") {
    checkInteger(size, "size", { min: 1 });
    width = height = size;
  } else if (typeof size === "object" && size !== null) {
    checkInteger(size.width, "size.width", { min: 1 });
    checkInteger(size.height, "size.height", { min: 1 });
    ({ width, height } = size);
  } else throw new ArgumentTypeError("size", `expected a size or {width, height}, got ${describeValue(size)}`);
  const data = new Uint8Array(width * height);
  const ax = width >> 1;
  const ay = height >> 1;
  const r = height >> 1;
  const c = width >> 1;
  const invR2 = r ? 1 / (r * r) : 0;
  for (let i = 0; i < height; i++) {
    let j1 = 0;
    let j2 = 0;
    if (shape === "rect" || (shape === "cross" && i === ay)) j2 = width;
    else if (shape === "cross") {
      j1 = ax;
      j2 = ax + 1;
    } else {
      const dy = i - r;
      if (Math.abs(dy) <= r) {
        const dx = roundHalfEven(c * Math.sqrt((r * r - dy * dy) * invR2));
        j1 = Math.max(c - dx, 0);
        j2 = Math.min(c + dx + 1, width);
      }
    }
    data.fill(1, i * width + j1, i * width + j2);
  }
  return { width, height, data };
}

/** Internal: a validated SE as member offsets (dx, dy) relative to its anchor, plus flags. */
export interface CheckedSe {
  width: number;
  height: number;
  ax: number;
  ay: number;
  /** Members as row runs: dy and the inclusive dx range [x0, x1]. */
  runs: { dy: number; x0: number; x1: number }[];
  /** Every flag set. */
  isRect: boolean;
  /** Symmetric under 180° rotation about the anchor. */
  isSymmetric: boolean;
}

/** Internal: validate `se` (naming `argument`) and describe it. */
export function checkSe(se: unknown, argument: string): CheckedSe {
  if (typeof se !== "object" || se === null) throw new ArgumentTypeError(argument, `expected a structuring element {width, height, data}, got ${describeValue(se)}; build one with morphology.structuringElement()`);
  const s = se as Partial<StructuringElement>;
  checkInteger(s.width, `${argument}.width`, { min: 1 });
  checkInteger(s.height, `${argument}.height`, { min: 1 });
  const { width, height } = s as StructuringElement;
  const data = s.data;
  if (data === null || typeof data !== "object" || (data as ArrayLike<number>).length !== width * height) {
    throw new ArgumentTypeError(argument, `expected ${argument}.data with width×height = ${width * height} values, got ${describeValue(data)}`);
  }
  const ax = s.anchor?.x ?? width >> 1;
  const ay = s.anchor?.y ?? height >> 1;
  checkInteger(ax, `${argument}.anchor.x`, { min: 0, max: width - 1 });
  checkInteger(ay, `${argument}.anchor.y`, { min: 0, max: height - 1 });
  const runs: CheckedSe["runs"] = [];
  let count = 0;
  let isSymmetric = true;
  for (let i = 0; i < height; i++) {
    let start = -1;
    for (let j = 0; j <= width; j++) {
      const on = j < width && data[i * width + j] !== 0;
      if (on) {
        count++;
        const mi = 2 * ay - i;
        const mj = 2 * ax - j;
        if (mi < 0 || mi >= height || mj < 0 || mj >= width || data[mi * width + mj] === 0) isSymmetric = false;
      }
      if (on && start < 0) start = j;
      if (!on && start >= 0) {
        runs.push({ dy: i - ay, x0: start - ax, x1: j - 1 - ax });
        start = -1;
      }
    }
  }
  if (count === 0) throw new ArgumentRangeError(argument, "the structuring element has no member (all flags are 0)");
  return { width, height, ax, ay, runs, isRect: count === width * height, isSymmetric };
}
