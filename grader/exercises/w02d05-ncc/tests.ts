import { core, cvbridge, detection, io } from "@cv-roadmap/lib";
import type { Image } from "@cv-roadmap/lib";
import { defineExercise, test } from "../../define";

type Args = [Image, Image];

/** The library's zero-mean NCC (= cv.matchTemplate TM_CCOEFF_NORMED, lib/detection/matchTemplate.test.ts), in float64. */
const reference = (img: Image, tpl: Image) => detection.matchTemplate(img, tpl, "ccoeffNormed");

/** cv.matchTemplate(img, tpl, TM_CCOEFF_NORMED) on CV_32F Mats (opencv-wasm). */
function opencvNcc(img: Image, tpl: Image): Image {
  const cv = cvbridge.opencv();
  return cvbridge.withMats((track) => {
    const dst = track(new cv.Mat());
    cv.matchTemplate(track(cvbridge.toMat(img)), track(cvbridge.toMat(tpl)), dst, cv.TM_CCOEFF_NORMED);
    return cvbridge.fromMat(dst);
  });
}

const cut = (img: Image, x: number, y: number, width: number, height: number) => core.crop(img, { x, y, width, height });
const camera = () => cut(io.loadImage("camera"), 200, 80, 48, 40);
/** Random texture with a black (constant 0) rectangle: windows inside it are flat. */
function withFlatPatch(): Image {
  const img = core.randomImage(26, 18, 1, 513);
  for (let y = 4; y < 14; y++) for (let x = 10; x < 22; x++) img.data[y * 26 + x] = 0;
  return img;
}
const TOL = 1e-4;

export default defineExercise({
  id: "w02d05-ncc",
  title: "Template matching by zero-mean normalised cross-correlation",
  points: 3,
  defines: ["nccMap"],
  offLimits: {
    lib: ["detection.matchTemplate", "filters.correlate2d", "filters.convolve2d"],
    opencv: ["matchTemplate", "filter2D"],
  },
  tests: [
    test({
      name: "a 1×7 row and a 1×3 template, checked by hand",
      points: 0.4,
      visibility: "visible",
      input: (): Args => [core.fromRows([[0, 0.2, 0.4, 0.6, 0.3, 0.1, 0.5]]), core.fromRows([[0.1, 0.5, 0.9]])],
      expected: reference,
      compare: TOL,
      hint: "each window scores Σ(T−T̄)(I−Ī) / √(Σ(T−T̄)² · Σ(I−Ī)²): the first window 0, 0.2, 0.4 rises exactly like the template, so it scores 1",
    }),
    test({
      name: "a template cut from a random 20×16 image: the map is (W−w+1)×(H−h+1) and peaks at 1",
      points: 0.4,
      visibility: "visible",
      input: (): Args => {
        const img = core.randomImage(20, 16, 1, 511);
        return [img, cut(img, 7, 5, 6, 4)];
      },
      expected: reference,
      compare: TOL,
      hint: "the result has one value per placement of the template's top-left corner: width − tw + 1 by height − th + 1",
    }),
    test({
      name: "agrees with cv.matchTemplate TM_CCOEFF_NORMED on the camera man (11×9 template)",
      points: 0.6,
      visibility: "hidden",
      input: (): Args => [camera(), cut(io.loadImage("camera"), 230, 95, 11, 9)],
      expected: opencvNcc,
      compare: 1e-3,
    }),
    test({
      name: "brightness and contrast change nothing: 0.5·I + 0.3 gives the same map",
      points: 0.5,
      visibility: "hidden",
      input: (): Args => {
        const img = core.randomImage(22, 17, 1, 512);
        const tpl = cut(core.randomImage(22, 17, 1, 514), 3, 2, 5, 7);
        return [{ ...img, data: img.data.map((v) => 0.5 * v + 0.3) }, tpl];
      },
      expected: (img: Image, tpl: Image) => reference({ ...img, data: img.data.map((v) => (v - 0.3) / 0.5) }, tpl),
      compare: TOL,
    }),
    test({
      name: "flat windows (a black patch) score 0, not NaN",
      points: 0.5,
      visibility: "hidden",
      input: (): Args => [withFlatPatch(), cut(core.randomImage(12, 12, 1, 515), 2, 3, 4, 3)],
      expected: reference,
      compare: TOL,
    }),
    test({
      name: "a non-square 9×5 template on a 33×21 textured crop of the raccoon",
      points: 0.6,
      visibility: "hidden",
      input: (): Args => {
        const r = io.loadImage("raccoon");
        const grey = core.createImage(33, 21, 1);
        for (let y = 0; y < 21; y++) for (let x = 0; x < 33; x++) grey.data[y * 33 + x] = core.getPixel(r, 560 + x, 290 + y, 1);
        return [grey, cut(grey, 14, 8, 9, 5)];
      },
      expected: reference,
      compare: TOL,
    }),
  ],
});
