import { core, io } from "@cv-roadmap/lib";
import { defineExercise, test } from "../../define";

const flipped = (img: core.Image) => core.flip(img, "h");

export default defineExercise({
  id: "w01d01-flip",
  title: "Flip an image horizontally",
  points: 2,
  defines: ["flipHorizontal"],
  offLimits: { lib: ["core.flip", "core.transpose"], opencv: ["flip", "rotate", "transpose"] },
  tests: [
    test({
      name: "a 3×2 grey image checked by hand",
      points: 0.4,
      visibility: "visible",
      input: () => [core.fromRows([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])],
      expected: flipped,
      compare: 0,
      hint: "output column x reads input column width − 1 − x",
    }),
    test({
      name: "an RGB image keeps each pixel's channels in order",
      points: 0.4,
      visibility: "visible",
      input: () => [core.randomImage(4, 3, 3, 11)],
      expected: flipped,
      compare: 0,
      hint: "copy all channels of a pixel together: data[(y*w + x)*c + k]",
    }),
    test({
      name: "an odd-width RGB image (the middle column stays)",
      points: 0.4,
      visibility: "hidden",
      input: () => [core.randomImage(17, 9, 3, 12)],
      expected: flipped,
      compare: 0,
    }),
    test({
      name: "an RGBA image (4 channels)",
      points: 0.3,
      visibility: "hidden",
      input: () => [core.randomImage(6, 5, 4, 13)],
      expected: flipped,
      compare: 0,
    }),
    test({
      name: "a one-column image is its own mirror",
      points: 0.2,
      visibility: "hidden",
      input: () => [core.randomImage(1, 7, 3, 14)],
      expected: flipped,
      compare: 0,
    }),
    test({
      name: "a crop of the raccoon",
      points: 0.3,
      visibility: "hidden",
      input: () => [core.crop(io.loadImage("raccoon"), { x: 300, y: 200, width: 64, height: 48 })],
      expected: flipped,
      compare: 0,
    }),
  ],
});
