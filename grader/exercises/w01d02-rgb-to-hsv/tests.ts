import { color, core, cvbridge, io } from "@cv-roadmap/lib";
import type { Image } from "@cv-roadmap/lib";
import { defineExercise, test, closeImage } from "../../define";
import type { Comparator } from "../../types";

/** Values rounded to 8-bit levels k/255, as a photo's pixels are (no near-grey pixels with max − min ≈ 1e-6). */
const levels8 = (img: Image): Image => ({ ...img, data: img.data.map((v) => Math.round(v * 255) / 255) });
const rgb = (pixels: number[][]): Image => core.imageFromData(pixels.length, 1, 3, Float32Array.from(pixels.flat()));

/** OpenCV's own answer: cv.cvtColor(COLOR_RGB2HSV) on a CV_32FC3 Mat (H in degrees). */
function opencvHsv(img: Image): Image {
  const cv = cvbridge.opencv();
  return cvbridge.withMats((track) => {
    const src = track(cvbridge.toMat(img));
    const dst = track(new cv.Mat());
    cv.cvtColor(src, dst, cv.COLOR_RGB2HSV);
    return cvbridge.fromMat(dst);
  });
}

/**
 * H in [0°, 360°], compared on the circle (359.99° and 0° are 0.01° apart) within `hueTol` degrees, S and V within
 * `tol`. OpenCV adds FLT_EPSILON to its denominators; on 8-bit colours that moves H by < 0.002°.
 */
function closeHsv(hueTol = 0.01, tol = 1e-4): Comparator {
  const shape = closeImage(Infinity);
  return (actual, expected) => {
    const s = shape(actual, expected);
    if (!s.pass) return s;
    const a = (actual as Image).data;
    const e = (expected as Image).data;
    const names = ["H", "S", "V"];
    for (let i = 0; i < e.length; i++) {
      const c = i % 3;
      if (c === 0 && !(a[i]! >= 0 && a[i]! <= 360)) {
        return { pass: false, message: `pixel ${Math.floor(i / 3)}, H: got ${a[i]}, expected ${e[i]} (hue must lie in [0°, 360°))` };
      }
      let d = Math.abs(a[i]! - e[i]!);
      if (c === 0) d = Math.min(d, Math.abs(360 - d));
      if (!(d <= (c === 0 ? hueTol : tol))) {
        const p = Math.floor(i / 3);
        return { pass: false, message: `pixel ${p}, ${names[c]}: got ${a[i]}, expected ${e[i]}${Number.isNaN(a[i]) ? " (NaN: a division by zero?)" : ""}` };
      }
    }
    return { pass: true };
  };
}

/** Law paired with the reference values above: converting the student's HSV back with the library gives the input RGB. */
const roundTrip: Comparator = (actual, expected) => {
  const shape = closeImage(Infinity)(actual, expected);
  if (!shape.pass) return shape;
  const a = actual as Image;
  // copy into this realm's Float32Array (values deserialized from the sandbox may come from another realm)
  const back = color.hsvToRgb({ width: a.width, height: a.height, channels: a.channels, data: Float32Array.from(a.data) });
  const v = closeImage(1e-5)(back, expected);
  return v.pass ? v : { pass: false, message: `hsvToRgb(your HSV) is not the input: ${v.message}` };
};

export default defineExercise({
  id: "w01d02-rgb-to-hsv",
  title: "RGB to HSV (hue in degrees)",
  points: 3,
  defines: ["rgbToHsv"],
  offLimits: { lib: ["color.rgbToHsv", "color.rgbToHsl", "color.hsvToRgb"], opencv: ["cvtColor"] },
  tests: [
    test({
      name: "the six pure hues red, yellow, green, cyan, blue, magenta",
      points: 0.5,
      visibility: "visible",
      input: () => [rgb([[1, 0, 0], [1, 1, 0], [0, 1, 0], [0, 1, 1], [0, 0, 1], [1, 0, 1]])],
      expected: color.rgbToHsv,
      compare: closeHsv(),
      hint: "H = 0°, 60°, 120°, 180°, 240°, 300°; S = V = 1",
    }),
    test({
      name: "random 8-bit colours",
      points: 0.5,
      visibility: "visible",
      input: () => [levels8(core.randomImage(8, 6, 3, 201))],
      expected: color.rgbToHsv,
      compare: closeHsv(),
      hint: "V = max, S = (max − min)/max, H = 60° · (…)/(max − min) + the sector's offset, +360 if negative",
    }),
    test({
      name: "colours whose largest channel is blue",
      points: 0.4,
      visibility: "hidden",
      input: () => [rgb([[0.2, 0.4, 0.9], [0.6, 0.1, 0.7], [0.3, 0.3, 1], [0, 0.5, 0.6], [0.5, 0.2, 0.8]])],
      expected: color.rgbToHsv,
      compare: closeHsv(),
      hint: "when max = B: H = 60° · (R − G)/(max − min) + 240°",
    }),
    test({
      name: "reds leaning to magenta (max = R, B > G): H just below 360°",
      points: 0.4,
      visibility: "hidden",
      input: () => [rgb([[1, 0, 0.2], [0.9, 0.3, 0.5], [0.8, 0.1, 0.7], [0.5, 0, 0.1]])],
      expected: color.rgbToHsv,
      compare: closeHsv(),
      hint: "a negative hue wraps around: add 360°",
    }),
    test({
      name: "grey and black pixels (max = min): H = 0, S = 0, never NaN",
      points: 0.4,
      visibility: "hidden",
      input: () => [rgb([[0, 0, 0], [0.5, 0.5, 0.5], [1, 1, 1], [0.2, 0.2, 0.2], [0.8, 0.8, 0.8]])],
      expected: color.rgbToHsv,
      compare: closeHsv(),
      hint: "guard the divisions: max − min = 0 and max = 0 give H = 0 and S = 0",
    }),
    test({
      name: "a crop of the raccoon agrees with cv.cvtColor(COLOR_RGB2HSV)",
      points: 0.4,
      visibility: "hidden",
      input: () => [core.crop(io.loadImage("raccoon"), { x: 600, y: 250, width: 48, height: 40 })],
      expected: opencvHsv,
      compare: closeHsv(),
    }),
    test({
      name: "round trip: color.hsvToRgb of your HSV gives back random colours within 1e-5",
      points: 0.4,
      visibility: "hidden",
      input: () => [levels8(core.randomImage(16, 9, 3, 202))],
      expected: (img: Image) => img,
      compare: roundTrip,
    }),
  ],
});
