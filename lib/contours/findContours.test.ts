import { fromRows, createImage, seededRandom, ArgumentRangeError, type Image } from "../core";
import { opencv, withMats } from "../cvbridge";
import { pythonOracle, type OracleArray } from "../testing/pythonOracle";
import { findContours, type ContourMode } from "./findContours";
import type { Point } from "./point";

function cvFind(img: Image, mode: ContourMode): { contours: Point[][]; hierarchy: number[][] } {
  return withMats((track) => {
    const cv = opencv();
    const m = track(new cv.Mat(img.height, img.width, cv.CV_8UC1));
    for (let i = 0; i < img.data.length; i++) m.data[i] = img.data[i] ? 255 : 0;
    const cs = track(new cv.MatVector()), hi = track(new cv.Mat());
    const cvMode = { external: cv.RETR_EXTERNAL, list: cv.RETR_LIST, tree: cv.RETR_TREE }[mode];
    cv.findContours(m, cs, hi, cvMode, cv.CHAIN_APPROX_NONE);
    const contours: Point[][] = [];
    for (let i = 0; i < cs.size(); i++) {
      const c = track(cs.get(i));
      const pts: Point[] = [];
      for (let k = 0; k < c.rows; k++) pts.push({ x: c.data32S[2 * k]!, y: c.data32S[2 * k + 1]! });
      contours.push(pts);
    }
    const hierarchy = contours.map((_, i) => Array.from(hi.data32S.slice(4 * i, 4 * i + 4), Number));
    return { contours, hierarchy };
  });
}
function randomBinary(seed: number): Image {
  const rng = seededRandom(seed);
  const w = 3 + rng.int(30), h = 3 + rng.int(30);
  const img = createImage(w, h);
  const p = 0.3 + 0.5 * rng.next();
  for (let i = 0; i < w * h; i++) img.data[i] = rng.next() < p ? 1 : 0;
  return img;
}
const pts = (...xy: [number, number][]) => xy.map(([x, y]) => ({ x, y }));

describe("findContours", () => {
  it("traces a 3×3 square counter-clockwise on screen from its top-left pixel (hand-checked)", () => {
    const img = fromRows([
      [0, 0, 0, 0, 0],
      [0, 1, 1, 1, 0],
      [0, 1, 1, 1, 0],
      [0, 1, 1, 1, 0],
      [0, 0, 0, 0, 0],
    ]);
    const { contours, hierarchy, isHole } = findContours(img);
    expect(contours).toEqual([pts([1, 1], [1, 2], [1, 3], [2, 3], [3, 3], [3, 2], [3, 1], [2, 1])]);
    expect(hierarchy).toEqual([[-1, -1, -1, -1]]);
    expect(isHole).toEqual([false]);
  });

  it("nests a ring's hole and an island inside it in tree mode (hand-checked hierarchy)", () => {
    const img = fromRows([
      [1, 1, 1, 1, 1, 1, 1],
      [1, 0, 0, 0, 0, 0, 1],
      [1, 0, 0, 1, 0, 0, 1],
      [1, 0, 0, 0, 0, 0, 1],
      [1, 1, 1, 1, 1, 1, 1],
    ]);
    const { contours, hierarchy, isHole } = findContours(img, { mode: "tree" });
    expect(contours).toHaveLength(3);
    expect(isHole).toEqual([false, true, false]);
    expect(hierarchy).toEqual([
      [-1, -1, 1, -1],
      [-1, -1, 2, 0],
      [-1, -1, -1, 1],
    ]);
    expect(contours[2]).toEqual(pts([3, 2]));
    expect(findContours(img, { mode: "external" }).contours).toHaveLength(1);
    expect(findContours(img, { mode: "list" }).hierarchy.every((h) => h[3] === -1 && h[2] === -1)).toBe(true);
  });

  it("counts pixels on the image edge (zero frame, like OpenCV)", () => {
    const { contours } = findContours(fromRows([[1, 1], [1, 1]]));
    expect(contours).toEqual([pts([0, 0], [0, 1], [1, 1], [1, 0])]);
  });

  for (const mode of ["tree", "list", "external"] as const) {
    it(`matches cv.findContours (opencv-wasm, ${mode}, CHAIN_APPROX_NONE) point for point with the same hierarchy on 150 random images`, () => {
      for (let seed = 1; seed <= 150; seed++) {
        const img = randomBinary(seed);
        const ours = findContours(img, { mode });
        const ref = cvFind(img, mode);
        expect(ours.contours).toEqual(ref.contours);
        expect(ours.hierarchy).toEqual(ref.hierarchy);
      }
    });
  }

  it("matches OpenCV's Python build (4.x, RETR_TREE) on a blob image", () => {
    const img = randomBinary(77);
    const ref = pythonOracle(
      "cs, h = cv2.findContours((img > 0).astype(np.uint8), cv2.RETR_TREE, cv2.CHAIN_APPROX_NONE)\nresult = [np.concatenate([c.reshape(-1, 2) for c in cs]), np.array([len(c) for c in cs]), h.reshape(-1, 4)]",
      { img },
    ) as OracleArray[];
    const ours = findContours(img, { mode: "tree" });
    expect(ours.contours.map((c) => c.length)).toEqual(Array.from(ref[1]!.data));
    expect(ours.contours.flat().flatMap((p) => [p.x, p.y])).toEqual(Array.from(ref[0]!.data));
    expect(ours.hierarchy.flat()).toEqual(Array.from(ref[2]!.data));
  });

  it("returns nothing for an empty image and one point for a single pixel", () => {
    expect(findContours(createImage(4, 4)).contours).toEqual([]);
    const one = createImage(3, 3);
    one.data[4] = 1;
    expect(findContours(one).contours).toEqual([pts([1, 1])]);
  });

  it("rejects an unknown mode", () => {
    expect(() => findContours(createImage(2, 2), { mode: "ccomp" as never })).toThrow(ArgumentRangeError);
  });
});
