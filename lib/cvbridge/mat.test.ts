import { fromMat, opencv, toMat, withMats } from "./mat";
import { randomImage } from "../core";

describe("cvbridge", () => {
  it("round-trips 1- and 3-channel images through float32 Mats exactly", () => {
    for (const channels of [1, 3, 4]) {
      const img = randomImage(7, 5, channels, channels);
      expect(withMats((track) => fromMat(track(toMat(img))))).toBeCloseToImage(img, 0);
    }
  });

  it("round-trips through 8-bit Mats within half a level", () => {
    const img = randomImage(6, 4, 3, 9);
    const mat = toMat(img, { depth: "uint8" });
    expect(mat.type()).toBe(opencv().CV_8UC3);
    expect(fromMat(mat)).toBeCloseToImage(img, 0.5 / 255 + 1e-7);
    mat.delete();
  });

  it("reads an ROI view (not continuous) as the region's own pixels", () => {
    const cv = opencv();
    const img = randomImage(8, 6, 1, 3);
    withMats((track) => {
      const mat = track(toMat(img));
      const roi = track(mat.roi(new cv.Rect(2, 1, 3, 4)));
      const out = fromMat(roi);
      expect([out.width, out.height]).toEqual([3, 4]);
      expect(out.data[0]).toBe(img.data[1 * 8 + 2]);
      expect(out.data[3]).toBe(img.data[2 * 8 + 2]);
    });
  });

  it("frees every tracked Mat even when the callback throws", () => {
    const cv = opencv();
    let mat: InstanceType<typeof cv.Mat> | undefined;
    expect(() =>
      withMats((track) => {
        mat = track(new cv.Mat(2, 2, cv.CV_8UC1));
        throw new Error("boom");
      }),
    ).toThrow("boom");
    expect(mat!.isDeleted()).toBe(true);
  });

  it("loads OpenCV without its process-wide handlers (Emscripten's abort on any unhandled rejection would kill a notebook kernel)", () => {
    const emitter: NodeJS.EventEmitter = process;
    const events = ["unhandledRejection", "uncaughtException"];
    const before = events.map((e) => emitter.listeners(e).length);
    jest.isolateModules(() => {
      // a fresh module registry: opencv-wasm is evaluated again and installs its handlers again
      const fresh = require("./mat") as typeof import("./mat");
      expect(typeof fresh.opencv().Mat).toBe("function");
    });
    expect(events.map((e) => emitter.listeners(e).length)).toEqual(before);
  });

  it("rejects what is not a Mat, naming the argument", () => {
    expect(() => fromMat({} as never)).toThrow(/mat: expected a cv.Mat/);
  });
});
