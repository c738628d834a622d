import { color, core, cvbridge, fourier, io } from "@cv-roadmap/lib";
import type { Image } from "@cv-roadmap/lib";
import { defineExercise, test } from "../../define";
import type { Comparator } from "../../types";

type Spectrum = fourier.Spectrum;

const nextPow2 = (n: number) => 2 ** Math.ceil(Math.log2(n));

/** The image zero-padded on the right and at the bottom to power-of-two sizes. */
function padPow2(img: Image): Image {
  const W = nextPow2(img.width), H = nextPow2(img.height);
  const out = core.createImage(W, H, 1);
  for (let y = 0; y < img.height; y++) out.data.set(img.data.subarray(y * img.width, (y + 1) * img.width), y * W);
  return out;
}

/** Reference forward transform: the library's exact-size DFT of the padded image. */
const referenceFft = (img: Image): Spectrum => fourier.fft2(padPow2(img));

/** Reference inverse: the library's ifft2 (with the 1/(W·H) factor), as a Spectrum. */
const referenceIfft = (F: Spectrum): Spectrum => {
  const r = fourier.ifft2(F);
  return { width: r.width, height: r.height, re: r.re, im: r.im };
};

/** The textbook double sum, straight from the definition (no FFT), on the padded image. */
function naiveDft(img: Image): Spectrum {
  const p = padPow2(img);
  const { width: W, height: H } = p;
  const re = new Float64Array(W * H), im = new Float64Array(W * H);
  for (let v = 0; v < H; v++) {
    for (let u = 0; u < W; u++) {
      let sr = 0, si = 0;
      for (let y = 0; y < H; y++) {
        for (let x = 0; x < W; x++) {
          const a = -2 * Math.PI * ((u * x) / W + (v * y) / H);
          const val = p.data[y * W + x]!;
          sr += val * Math.cos(a);
          si += val * Math.sin(a);
        }
      }
      re[v * W + u] = sr;
      im[v * W + u] = si;
    }
  }
  return { width: W, height: H, re, im };
}

/** OpenCV's cv.dft (double precision: a CV_64FC1 Mat in, DFT_COMPLEX_OUTPUT) of the padded image. */
function opencvDft(img: Image): Spectrum {
  const cv = cvbridge.opencv();
  const p = padPow2(img);
  return cvbridge.withMats((track) => {
    const src = track(new cv.Mat(p.height, p.width, cv.CV_64FC1));
    src.data64F.set(Float64Array.from(p.data));
    const dst = track(new cv.Mat());
    cv.dft(src, dst, cv.DFT_COMPLEX_OUTPUT, 0);
    const d = dst.data64F as Float64Array;
    const n = p.width * p.height;
    const re = new Float64Array(n), im = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      re[i] = d[2 * i]!;
      im[i] = d[2 * i + 1]!;
    }
    return { width: p.width, height: p.height, re, im };
  });
}

/** Same width/height, and re/im within `tol` × max(1, largest |expected value|). */
function closeSpectrum(tol: number): Comparator {
  return (actual, expected) => {
    const e = expected as Spectrum;
    if (typeof actual !== "object" || actual === null) return { pass: false, message: "expected a Spectrum {width, height, re, im}" };
    const a = actual as Partial<Spectrum>;
    if (a.width !== e.width || a.height !== e.height) {
      return { pass: false, message: `wrong size: got ${a.width}×${a.height}, expected ${e.width}×${e.height} (pad to powers of two)` };
    }
    const n = e.width * e.height;
    for (const key of ["re", "im"] as const) {
      const arr = a[key] as unknown;
      if (!(Array.isArray(arr) || ArrayBuffer.isView(arr)) || (arr as ArrayLike<number>).length !== n) {
        return { pass: false, message: `${key} must be an array of width·height = ${n} numbers` };
      }
    }
    let scale = 1;
    for (let i = 0; i < n; i++) scale = Math.max(scale, Math.abs(e.re[i]!), Math.abs(e.im[i]!));
    const limit = tol * scale;
    for (const key of ["re", "im"] as const) {
      const arr = a[key] as unknown as ArrayLike<number>;
      const ex = e[key];
      for (let i = 0; i < n; i++) {
        const d = Math.abs(Number(arr[i]) - ex[i]!);
        if (!(d <= limit)) {
          return { pass: false, message: `${key} at u = ${i % e.width}, v = ${Math.floor(i / e.width)}: got ${arr[i]}, expected ${ex[i]!.toPrecision(6)} (tolerance ${limit.toPrecision(2)})` };
        }
      }
    }
    return { pass: true };
  };
}

/** A seeded complex spectrum with independent random re and im (so the inverse is complex too). */
function randomSpectrum(width: number, height: number, seed: number): Spectrum {
  const rng = core.seededRandom(seed);
  const n = width * height;
  return { width, height, re: Float64Array.from({ length: n }, () => rng.normal() * 10), im: Float64Array.from({ length: n }, () => rng.normal() * 10) };
}

const grey = (name: "camera" | "coins", x: number, y: number, width: number, height: number) => core.crop(io.loadImage(name), { x, y, width, height });

export default defineExercise({
  id: "w01d07-fft2",
  title: "2-D FFT (separable radix-2, zero-padded) and its inverse",
  points: 3,
  defines: ["fft2", "ifft2"],
  offLimits: { lib: ["fourier.fft1d", "fourier.fft2", "fourier.ifft2", "fourier.filterFrequency", "fourier.phaseMagnitudeSwap"], opencv: ["dft", "idft"] },
  tests: [
    test({
      name: "fft2 of a 4×4 image checked by hand (F(0, 0) = sum = 8)",
      points: 0.4,
      visibility: "visible",
      input: () => [core.fromRows([[1, 0, 0, 1], [0, 1, 1, 0], [1, 1, 0, 0], [0, 0, 1, 1]])] as [Image],
      expected: referenceFft,
      compare: closeSpectrum(1e-9),
      hint: "F(u, v) = Σ I(x, y)·e^{−2πi(ux/W + vy/H)}: transform every row, then every column of the result (complex!)",
    }),
    test({
      name: "ifft2(fft2 of a random 8×4 image) gives the image back (re) and zeros (im)",
      points: 0.4,
      visibility: "visible",
      input: () => [fourier.fft2(core.randomImage(8, 4, 1, 701))] as [Spectrum],
      expected: referenceIfft,
      compare: closeSpectrum(1e-9),
      call: "ifft2",
      hint: "the inverse uses e^{+2πi…} and divides by width·height",
    }),
    test({
      name: "fft2 of a 5×3 image is 8×4: zero-padded on the right and at the bottom",
      points: 0.4,
      visibility: "hidden",
      input: () => [core.randomImage(5, 3, 1, 702)] as [Image],
      expected: referenceFft,
      compare: closeSpectrum(1e-9),
    }),
    test({
      name: "fft2 of a random 32×16 image equals the DFT's double sum",
      points: 0.4,
      visibility: "hidden",
      input: () => [core.randomImage(32, 16, 1, 703)] as [Image],
      expected: naiveDft,
      compare: closeSpectrum(1e-9),
    }),
    test({
      name: "fft2 of a 64×48 camera crop equals cv.dft (padded to 64×64)",
      points: 0.4,
      visibility: "hidden",
      input: () => [grey("camera", 200, 80, 64, 48)] as [Image],
      expected: opencvDft,
      compare: closeSpectrum(1e-9),
    }),
    test({
      name: "ifft2 of a random complex 16×8 spectrum",
      points: 0.3,
      visibility: "hidden",
      input: () => [randomSpectrum(16, 8, 704)] as [Spectrum],
      expected: referenceIfft,
      compare: closeSpectrum(1e-9),
      call: "ifft2",
    }),
    test({
      name: "fft2 of a one-pixel-wide 1×5 column is 1×8 (a width of 1 is already a power of two)",
      points: 0.3,
      visibility: "hidden",
      input: () => [core.randomImage(1, 5, 1, 705)] as [Image],
      expected: referenceFft,
      compare: closeSpectrum(1e-9),
    }),
    test({
      name: "ifft2 of the raccoon's 64×32 spectrum: the round trip returns the image",
      points: 0.4,
      visibility: "hidden",
      input: () => [fourier.fft2(core.crop(color.rgbToGray(io.loadImage("raccoon")), { x: 500, y: 300, width: 64, height: 32 }))] as [Spectrum],
      expected: referenceIfft,
      compare: closeSpectrum(1e-9),
      call: "ifft2",
    }),
  ],
});
