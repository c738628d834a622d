import { color, core, cvbridge, geometry, io, resize } from "@cv-roadmap/lib";
import type { Image } from "@cv-roadmap/lib";
import type { Comparator } from "../../types";
import { defineExercise, test } from "../../define";

type Point = geometry.Point;
type HArgs = [Point[], Point[]];
type RArgs = [Image, Point[], number];

const mapPoint = (H: ArrayLike<number>, x: number, y: number) => {
  const w = H[6]! * x + H[7]! * y + H[8]!;
  return { x: (H[0]! * x + H[1]! * y + H[2]!) / w, y: (H[3]! * x + H[4]! * y + H[5]!) / w };
};

/**
 * 9 finite numbers (any overall scale) that send a 5×5 grid over the source points' bounding box
 * within `tolPx` pixels of where the expected homography sends it.
 */
function sameMapping(points: () => Point[], tolPx: number): Comparator {
  return (actual, expected) => {
    const isList = (Array.isArray(actual) || (ArrayBuffer.isView(actual) && !(actual instanceof DataView))) && (actual as ArrayLike<unknown>).length === 9;
    if (!isList) return { pass: false, message: "expected an array of 9 numbers: H row by row (h00 h01 h02 h10 h11 h12 h20 h21 h22)" };
    const h = Array.from(actual as ArrayLike<unknown>);
    const bad = h.findIndex((v) => typeof v !== "number" || !Number.isFinite(v));
    if (bad >= 0) return { pass: false, message: `H[${bad}] is ${String(h[bad])}, expected a finite number` };
    const H = h as number[];
    const E = expected as number[];
    const src = points();
    const xs = src.map((p) => p.x), ys = src.map((p) => p.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    let worst = 0;
    let at = { x: x0, y: y0 };
    for (let j = 0; j <= 4; j++) {
      for (let i = 0; i <= 4; i++) {
        const p = { x: x0 + ((x1 - x0) * i) / 4, y: y0 + ((y1 - y0) * j) / 4 };
        const a = mapPoint(H, p.x, p.y), e = mapPoint(E, p.x, p.y);
        const d = Math.hypot(a.x - e.x, a.y - e.y);
        if (!(d <= worst)) (worst = Number.isNaN(d) ? Infinity : d), (at = p);
      }
    }
    if (worst <= tolPx) return { pass: true };
    const a = mapPoint(H, at.x, at.y), e = mapPoint(E, at.x, at.y);
    return { pass: false, message: `your H sends (${at.x.toFixed(1)}, ${at.y.toFixed(1)}) to (${a.x.toFixed(3)}, ${a.y.toFixed(3)}), expected (${e.x.toFixed(3)}, ${e.y.toFixed(3)}) (tolerance ${tolPx} px)` };
  };
}

/** cv.getPerspectiveTransform on CV_32FC2 point lists (opencv-wasm), scaled so h22 = 1. */
function opencvH(src: Point[], dst: Point[]): number[] {
  const cv = cvbridge.opencv();
  return cvbridge.withMats((track) => {
    const a = track(cv.matFromArray(4, 1, cv.CV_32FC2, src.flatMap((p) => [p.x, p.y])));
    const b = track(cv.matFromArray(4, 1, cv.CV_32FC2, dst.flatMap((p) => [p.x, p.y])));
    const H = Array.from(track(cv.getPerspectiveTransform(a, b)).data64F as Float64Array);
    return H.map((v) => v / H[8]!);
  });
}

const squareOf = (size: number): Point[] => [{ x: 0, y: 0 }, { x: size - 1, y: 0 }, { x: size - 1, y: size - 1 }, { x: 0, y: size - 1 }];

/** The library's rectification: H from the corners to the square's pixel centres, then warpPerspective (= OpenCV's). */
const reference = (img: Image, corners: Point[], size: number) =>
  geometry.warpPerspective(img, geometry.getPerspectiveTransform(corners, squareOf(size)), { width: size, height: size });

/** The same with OpenCV: cv.getPerspectiveTransform + cv.warpPerspective (INTER_LINEAR, zero border). */
function opencvRectify(img: Image, corners: Point[], size: number): Image {
  const cv = cvbridge.opencv();
  const H = opencvH(corners, squareOf(size));
  return cvbridge.withMats((track) => {
    const dst = track(new cv.Mat());
    cv.warpPerspective(track(cvbridge.toMat(img)), dst, track(cv.matFromArray(3, 3, cv.CV_64FC1, H)), new cv.Size(size, size), cv.INTER_LINEAR, cv.BORDER_CONSTANT, new cv.Scalar());
    return cvbridge.fromMat(dst);
  });
}

/** A QR-like card: 5×5 seeded bits in a black frame, a white margin, `m` pixels per module (9m × 9m). */
function card(seed: number, m: number): Image {
  const rng = core.seededRandom(seed);
  const bits = Array.from({ length: 25 }, () => (rng.next() < 0.5 ? 1 : 0));
  const n = 9 * m;
  const img = core.createImage(n, n, 1);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const [i, j] = [Math.floor(y / m) - 2, Math.floor(x / m) - 2];
      const margin = y < m || x < m || y >= 8 * m || x >= 8 * m;
      img.data[y * n + x] = margin ? 1 : i >= 0 && j >= 0 && i < 5 && j < 5 ? bits[i * 5 + j]! : 0;
    }
  }
  return img;
}

/** `bg` with the card pasted through the homography that sends the card's frame corners to `quad`. */
function scene(bg: Image, c: Image, m: number, quad: Point[]): Image {
  const [a, b] = [m, 8 * m - 1]; // outer corners of the black frame (pixel centres)
  const H = geometry.getPerspectiveTransform([{ x: a, y: a }, { x: b, y: a }, { x: b, y: b }, { x: a, y: b }], quad);
  const opts = { width: bg.width, height: bg.height };
  const warped = geometry.warpPerspective(bg.channels === 3 ? color.grayToRgb(c) : c, H, opts);
  const mask = geometry.warpPerspective({ ...c, data: new Float32Array(c.data.length).fill(1) }, H, opts);
  const out = core.clone(bg);
  for (let i = 0; i < out.data.length; i++) {
    const k = mask.data[Math.floor(i / bg.channels)]!;
    out.data[i] = k * warped.data[i]! + (1 - k) * bg.data[i]!;
  }
  return out;
}

const greyDesk = () => resize.resize(color.rgbToGray(io.loadImage("coffee")), 160, 120, { interpolation: "area" });
const rgbDesk = () => resize.resize(io.loadImage("coffee"), 160, 120, { interpolation: "area" });
const quadA: Point[] = [{ x: 52, y: 22 }, { x: 121, y: 34 }, { x: 112, y: 101 }, { x: 41, y: 86 }];
const quadB: Point[] = [{ x: 70, y: 12 }, { x: 140, y: 50 }, { x: 92, y: 108 }, { x: 24, y: 66 }]; // turned about 30°
const quadC: Point[] = [{ x: 60, y: 30 }, { x: 100, y: 31 }, { x: 150, y: 110 }, { x: 8, y: 108 }]; // strong perspective

const hUnit = (): HArgs => [[{ x: 0, y: 0 }, { x: 1, y: 0 }, { x: 1, y: 1 }, { x: 0, y: 1 }], [{ x: 10, y: 20 }, { x: 30, y: 20 }, { x: 26, y: 32 }, { x: 14, y: 32 }]];
const hFrame = (): HArgs => [[{ x: 213.5, y: 87.25 }, { x: 498, y: 120.5 }, { x: 530.75, y: 401 }, { x: 177, y: 380 }], squareOf(300)];
const hSteep = (): HArgs => [quadC, squareOf(64)];

export default defineExercise({
  id: "w02d06-rectify",
  title: "Four-point perspective rectification",
  points: 3,
  defines: ["perspectiveTransform", "rectify"],
  offLimits: {
    lib: ["geometry.getPerspectiveTransform", "geometry.homographyDLT", "features.ransacHomography", "features.ransac"],
    opencv: ["getPerspectiveTransform", "findHomography", "solve", "SVDecomp", "eigen", "invert"],
  },
  tests: [
    test({
      name: "perspectiveTransform: the unit square onto a trapezoid",
      points: 0.5,
      visibility: "visible",
      call: "perspectiveTransform",
      input: hUnit,
      expected: (src: Point[], dst: Point[]) => geometry.getPerspectiveTransform(src, dst),
      compare: sameMapping(() => hUnit()[0], 1e-6),
      hint: "two equations per pair: [x, y, 1, 0, 0, 0, −u·x, −u·y]·h = u and [0, 0, 0, x, y, 1, −v·x, −v·y]·h = v; solve the 8×8 system, h22 = 1",
    }),
    test({
      name: "perspectiveTransform agrees with cv.getPerspectiveTransform (a page seen at an angle)",
      points: 0.5,
      visibility: "hidden",
      call: "perspectiveTransform",
      input: hFrame,
      expected: opencvH,
      compare: sameMapping(() => hFrame()[0], 1e-3),
    }),
    test({
      name: "perspectiveTransform: a strongly foreshortened quadrilateral",
      points: 0.4,
      visibility: "hidden",
      call: "perspectiveTransform",
      input: hSteep,
      expected: (src: Point[], dst: Point[]) => geometry.getPerspectiveTransform(src, dst),
      compare: sameMapping(() => hSteep()[0], 1e-3),
    }),
    test({
      name: "rectify: a tilted card on a grey desk → 56×56",
      points: 0.5,
      visibility: "visible",
      call: "rectify",
      input: (): RArgs => [scene(greyDesk(), card(61, 8), 8, quadA), quadA, 56],
      expected: reference,
      compare: 0.05,
      hint: "map the corners (TL, TR, BR, BL) to the pixel centres (0, 0), (size−1, 0), (size−1, size−1), (0, size−1), then geometry.warpPerspective(img, H, { width: size, height: size })",
    }),
    test({
      name: "rectify: a card turned by 30° on a colour photo agrees with cv.getPerspectiveTransform + cv.warpPerspective",
      points: 0.6,
      visibility: "hidden",
      call: "rectify",
      input: (): RArgs => [scene(rgbDesk(), card(62, 8), 8, quadB), quadB, 49],
      expected: opencvRectify,
      compare: 0.05,
    }),
    test({
      name: "rectify: strong perspective, 64×64 output",
      points: 0.5,
      visibility: "hidden",
      call: "rectify",
      input: (): RArgs => [scene(greyDesk(), card(63, 8), 8, quadC), quadC, 64],
      expected: reference,
      compare: 0.05,
    }),
  ],
});
