import type { Image } from "../core/image";
import { assertUnreachable } from "../core/errors";
import { seededRandom } from "../core/random";
import { checkImage, checkInteger, checkNumber, checkOneOf } from "../core/validate";

/** Noise models of {@link addNoise}. */
export const NoiseKind = { gaussian: "gaussian", saltPepper: "saltPepper" } as const;
/** One of {@link NoiseKind}'s values. */
export type NoiseKind = (typeof NoiseKind)[keyof typeof NoiseKind];

/** Options of {@link addNoise}. */
export interface AddNoiseOptions {
  /** `"gaussian"`: add N(0, amount²) to every value; `"saltPepper"`: set a fraction `amount` of pixels to 0 or 1. @default "gaussian" */
  kind?: NoiseKind;
  /** Gaussian: standard deviation (in value units, ≥ 0); salt-and-pepper: probability per pixel in [0, 1]. @default 0.05 */
  amount?: number;
  /** Seed of `core.seededRandom`: the same seed gives the same noise. @default 0 */
  seed?: number;
}

/**
 * A noisy copy of `image`. Gaussian noise is added to every channel independently and the result is
 * clipped to [0, 1]. Salt-and-pepper noise picks each pixel with probability `amount` and sets
 * all its channels to 0 (pepper) or 1 (salt) with equal odds. Deterministic for a given seed.
 * @example const noisy = addNoise(img, { kind: "saltPepper", amount: 0.05, seed: 1 });
 * @see Gonzalez & Woods (4th ed.) §5.2 "Noise models".
 */
export function addNoise(image: Image, options: AddNoiseOptions = {}): Image {
  const { kind = "gaussian", amount = 0.05, seed = 0 } = options;
  checkImage(image, {}, "image");
  checkOneOf(kind, Object.values(NoiseKind), "options.kind");
  checkInteger(seed, "options.seed");
  const rng = seededRandom(seed);
  const { width, height, channels: c } = image;
  const out = image.data.slice();
  switch (kind) {
    case "gaussian": {
      checkNumber(amount, "options.amount", { min: 0 });
      for (let i = 0; i < out.length; i++) {
        const v = out[i]! + amount * rng.normal();
        out[i] = v < 0 ? 0 : v > 1 ? 1 : v;
      }
      break;
    }
    case "saltPepper": {
      checkNumber(amount, "options.amount", { min: 0, max: 1 });
      for (let p = 0; p < width * height; p++) {
        if (rng.next() >= amount) continue;
        const v = rng.next() < 0.5 ? 0 : 1;
        out.fill(v, p * c, p * c + c);
      }
      break;
    }
    default:
      assertUnreachable(kind, "options.kind");
  }
  return { width, height, channels: c, data: out };
}
