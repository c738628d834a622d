import type { Image } from "../core/image";
import { readDatasetFile } from "./readDatasetFile";

/** The LFW subset: 100 face crops then 100 non-face crops, 25×25 grey. */
export interface LfwSubset {
  /** 200 grey 25×25 images, values in [0, 1] (each its own copy of the data). */
  images: Image[];
  /** All pixels packed: `count × 25 × 25` float32, image after image, row-major. */
  packed: Float32Array;
  /** 1 = face, 0 = non-face (the first 100 are faces). */
  labels: Uint8Array;
  /** `labels` as booleans. */
  isFace: boolean[];
  /** 200. */
  count: number;
  /** 25. */
  width: number;
  /** 25. */
  height: number;
}

const F32_SHA256 = "54c3d2c4b44f4a0fdf42c739d5d603f74a9afcd5d89aea1151255d76e02757f9";
const JSON_SHA256 = "370ef304773c745caeb51e66153236199e5e94e390e727bed45134e9464639bf";

interface LfwMeta {
  count: number;
  width: number;
  height: number;
  labels: number[];
}

/**
 * Load scikit-image's `lfw_subset`: 200 grey 25×25 crops from Labeled Faces in the Wild — 100
 * faces, then 100 non-faces cut from the photos' backgrounds — for face/non-face classifiers.
 * Values are float in [0, 1] (the crops were resized, so they are not multiples of 1/255).
 * Checks both files' SHA-256 on first use. LFW is for research and teaching use; cite it.
 * @example const { images, labels } = loadLfwSubset(); // images[0] is a face, images[199] is not
 * @see G. B. Huang et al., "Labeled Faces in the Wild", UMass TR 07-49 (2007); datasets/LICENSES.md.
 */
export function loadLfwSubset(): LfwSubset {
  const meta = JSON.parse(readDatasetFile("faces/lfw_subset.json", { sha256: JSON_SHA256 }).toString("utf8")) as LfwMeta;
  const bytes = readDatasetFile("faces/lfw_subset.f32", { sha256: F32_SHA256 });
  const { count, width, height } = meta;
  const size = width * height;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const packed = new Float32Array(count * size);
  for (let i = 0; i < packed.length; i++) packed[i] = view.getFloat32(4 * i, true);
  const images: Image[] = [];
  for (let k = 0; k < count; k++) images.push({ width, height, channels: 1, data: packed.slice(k * size, (k + 1) * size) });
  const labels = Uint8Array.from(meta.labels);
  return { images, packed, labels, isFace: Array.from(labels, (l) => l === 1), count, width, height };
}
