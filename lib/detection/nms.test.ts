import { seededRandom } from "../core";
import { pythonOracle, type OracleArray } from "../testing/pythonOracle";
import { nms } from "./nms";

const boxes = [
  { x: 0, y: 0, width: 10, height: 10 },
  { x: 1, y: 1, width: 10, height: 10 },
  { x: 20, y: 20, width: 10, height: 10 },
  { x: 2, y: 0, width: 10, height: 10 },
];
const scores = [0.8, 0.9, 0.5, 0.7];

describe("nms", () => {
  it("keeps the best of each overlapping cluster, by decreasing score (hand-checked)", () => {
    expect(nms(boxes, scores, { iouThreshold: 0.5 })).toEqual([1, 2]);
  });
  it("keeps everything with iouThreshold 1 and applies score threshold and max outputs", () => {
    expect(nms(boxes, scores, { iouThreshold: 1 })).toEqual([1, 0, 3, 2]);
    expect(nms(boxes, scores, { iouThreshold: 1, scoreThreshold: 0.75 })).toEqual([1, 0]);
    expect(nms(boxes, scores, { iouThreshold: 1, maxOutputs: 1 })).toEqual([1]);
  });
  it("agrees with cv2.dnn.NMSBoxes (opencv-wasm lacks it) on random boxes", () => {
    const rng = seededRandom(3);
    const bs = Array.from({ length: 40 }, () => ({ x: rng.int(50), y: rng.int(50), width: 5 + rng.int(20), height: 5 + rng.int(20) }));
    const sc = bs.map(() => Math.round(rng.next() * 1000) / 1000);
    const ref = pythonOracle(
      "b = [[int(v) for v in r] for r in boxes.reshape(-1, 4)]\nresult = np.array(cv2.dnn.NMSBoxes(b, [float(s) for s in scores], 0.0, 0.4), dtype=np.float64).flatten()",
      { boxes: { shape: [40, 4], data: bs.flatMap((b) => [b.x, b.y, b.width, b.height]) }, scores: { shape: [40], data: sc } },
    ) as OracleArray;
    expect(nms(bs, Float32Array.from(sc), { iouThreshold: 0.4 })).toEqual(Array.from(ref.data));
  });
  it("rejects a score count that does not match", () => {
    expect(() => nms(boxes, [1, 2])).toThrow(/scores/);
    expect(() => nms([{ x: 0 } as never], [1])).toThrow(/boxes\[0\]/);
  });
});
