import { core, io } from "@cv-roadmap/lib";
import { defineExercise, test } from "../../define";

const reference = (img: core.Image, alpha: number, beta: number) => core.adjustBrightnessContrast(img, alpha, beta);

export default defineExercise({
  id: "w01d01-brightness-contrast",
  title: "Brightness and contrast with clipping",
  points: 2,
  defines: ["adjust"],
  offLimits: { lib: ["core.adjustBrightnessContrast", "core.clip"], opencv: ["convertScaleAbs"] },
  tests: [
    test({
      name: "α = 2, β = 0.1 on four values checked by hand",
      points: 0.5,
      visibility: "visible",
      input: () => [core.fromRows([[0, 0.2], [0.4, 0.6]]), 2, 0.1] as [core.Image, number, number],
      expected: reference,
      compare: 1e-6,
      hint: "0.6 × 2 + 0.1 = 1.3 must be clipped to 1",
    }),
    test({
      name: "α = 1.5, β = −0.2 on an RGB image (values clipped at 0 and 1)",
      points: 0.5,
      visibility: "visible",
      input: () => [core.randomImage(8, 6, 3, 21), 1.5, -0.2] as [core.Image, number, number],
      expected: reference,
      compare: 1e-6,
    }),
    test({
      name: "α = 0.5, β = 0.6: alpha is applied before beta",
      points: 0.5,
      visibility: "hidden",
      input: () => [core.randomImage(9, 7, 1, 22), 0.5, 0.6] as [core.Image, number, number],
      expected: reference,
      compare: 1e-6,
    }),
    test({
      name: "α = 3, β = −1 on the camera image",
      points: 0.5,
      visibility: "hidden",
      input: () => [core.crop(io.loadImage("camera"), { x: 100, y: 100, width: 64, height: 64 }), 3, -1] as [core.Image, number, number],
      expected: reference,
      compare: 1e-6,
    }),
  ],
});
