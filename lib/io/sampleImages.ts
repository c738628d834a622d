/**
 * The registry of bundled sample images: name → file, shape, licence, credit, source and SHA-256.
 * The same facts are in `datasets/manifest.json` (written by `scripts/data/build_datasets.py`);
 * a test keeps the two equal.
 */

/** Names of the bundled sample images, for {@link loadImage}. */
export const sampleImageNames = [
  "raccoon",
  "camera",
  "coins",
  "coffee",
  "chelsea",
  "astronaut",
  "page",
  "text",
  "horse",
  "moon",
  "hubble_deep_field",
  "brick",
  "grass",
  "gravel",
  "motorcycle_left",
  "motorcycle_right",
  "chessboard",
] as const;

/** `"raccoon" | "camera" | "coins" | …`: a bundled sample image. */
export type SampleImageName = (typeof sampleImageNames)[number];

/** What the registry knows about one sample image. */
export interface SampleImageInfo {
  /** Its name, e.g. `"raccoon"`. */
  readonly name: SampleImageName;
  /** Path relative to `datasets/`, e.g. `images/raccoon.png`. */
  readonly file: string;
  /** Columns. */
  readonly width: number;
  /** Rows. */
  readonly height: number;
  /** Channels as stored: 1 grey, 3 RGB (what `loadImage(name)` returns in mode `"unchanged"`). */
  readonly channels: number;
  /** What it shows and what it is good for. */
  readonly description: string;
  /** Licence of the image. */
  readonly licence: string;
  /** Author / origin credit. */
  readonly credit: string;
  /** Package, version and path it was taken from. */
  readonly source: string;
  /** SHA-256 (hex) of the file; checked on first load. */
  readonly sha256: string;
}

/**
 * Every sample image by name. All are 8-bit; `hubble_deep_field` is a JPEG, the rest PNG.
 * @example sampleImageRegistry.raccoon.width // 1024
 * @see datasets/LICENSES.md for the licences in full.
 */
export const sampleImageRegistry: Readonly<Record<SampleImageName, SampleImageInfo>> = {
  raccoon: {
    name: "raccoon",
    file: "images/raccoon.png",
    width: 1024,
    height: 768,
    channels: 3,
    description: "A raccoon in foliage (SciPy's `face`): fur texture, fine detail, colour.",
    licence: "BSD-3-Clause (SciPy); the photo is public domain",
    credit: "SciPy `scipy.misc.face()`: raccoon-procyon-lotor.jpg from public-domain-image.com",
    source: "Debian python3-scipy 1.10.1-2: usr/lib/python3/dist-packages/scipy/misc/face.dat",
    sha256: "7f139fb12896acd27f84dd9d822be7cddfa2ad0d27308542b0199224a0f83af7",
  },
  camera: {
    name: "camera",
    file: "images/camera.png",
    width: 512,
    height: 512,
    channels: 1,
    description: "A photographer with a camera on a tripod (scikit-image's 2020 replacement \"camera\").",
    licence: "CC0",
    credit: "Lav Varshney (photographer), via scikit-image",
    source: "Debian python3-skimage 0.19.3-8: usr/lib/python3/dist-packages/skimage/data/camera.png",
    sha256: "b0793d2adda0fa6ae899c03989482bff9a42d3d5690fc7e3648f2795d730c23a",
  },
  coins: {
    name: "coins",
    file: "images/coins.png",
    width: 384,
    height: 303,
    channels: 1,
    description: "Greek coins from Pompeii on a grey background: segmentation, counting, circles.",
    licence: "No known copyright restrictions",
    credit: "Greek coins from Pompeii, Brooklyn Museum Collection, via scikit-image",
    source: "Debian python3-skimage 0.19.3-8: usr/lib/python3/dist-packages/skimage/data/coins.png",
    sha256: "f8d773fc9cfa6f4d8e5942dc34d0a0788fcaed2a4fefbbed0aef5398d7ef4cba",
  },
  coffee: {
    name: "coffee",
    file: "images/coffee.png",
    width: 600,
    height: 400,
    channels: 3,
    description: "A coffee cup on a saucer: ellipses, smooth porcelain vs wood grain.",
    licence: "CC0",
    credit: "Rachel Michetti (photographer), courtesy of Pikolo Espresso Bar, via scikit-image",
    source: "Debian python3-skimage 0.19.3-8: usr/lib/python3/dist-packages/skimage/data/coffee.png",
    sha256: "cc02f8ca188b167c775a7101b5d767d1e71792cf762c33d6fa15a4599b5a8de7",
  },
  chelsea: {
    name: "chelsea",
    file: "images/chelsea.png",
    width: 451,
    height: 300,
    channels: 3,
    description: "Chelsea the cat: texture, horizontal/diagonal edges, several scales.",
    licence: "CC0",
    credit: "Stefan van der Walt (photographer), via scikit-image",
    source: "Debian python3-skimage 0.19.3-8: usr/lib/python3/dist-packages/skimage/data/chelsea.png",
    sha256: "596aa1e7cb875eb79f437e310381d26b338a81c2da23439704a73c4651e8c4bb",
  },
  astronaut: {
    name: "astronaut",
    file: "images/astronaut.png",
    width: 512,
    height: 512,
    channels: 3,
    description: "Portrait of astronaut Eileen Collins with a flag: a face, colour, detail.",
    licence: "Public domain (NASA)",
    credit: "Eileen Collins, NASA Great Images database (https://flic.kr/p/r9qvLn), via scikit-image",
    source: "Debian python3-skimage 0.19.3-8: usr/lib/python3/dist-packages/skimage/data/astronaut.png",
    sha256: "88431cd9653ccd539741b555fb0a46b61558b301d4110412b5bc28b5e3ea6cb5",
  },
  page: {
    name: "page",
    file: "images/page.png",
    width: 384,
    height: 191,
    channels: 1,
    description: "A scanned page of text under uneven illumination: adaptive thresholding.",
    licence: "BSD-3-Clause (scikit-image package licence; no per-image statement in skimage 0.19.3)",
    credit: "scikit-image sample data (scanned page)",
    source: "Debian python3-skimage 0.19.3-8: usr/lib/python3/dist-packages/skimage/data/page.png",
    sha256: "341a6f0a61557662b02734a9b6e56ec33a915b2c41886b97509dedf2a43b47a3",
  },
  text: {
    name: "text",
    file: "images/text.png",
    width: 448,
    height: 172,
    channels: 1,
    description: "Handwritten formulas on a sheet of paper seen at an angle: corners, thresholding.",
    licence: "Public domain (no known copyright restrictions)",
    credit: "Wikipedia File:Corner.png, via scikit-image",
    source: "Debian python3-skimage 0.19.3-8: usr/lib/python3/dist-packages/skimage/data/text.png",
    sha256: "bd84aa3a6e3c9887850d45d606c96b2e59433fbef50338570b63c319e668e6d1",
  },
  horse: {
    name: "horse",
    file: "images/horse.png",
    width: 400,
    height: 328,
    channels: 1,
    description: "Silhouette of a horse, binary: 0 = horse, 1 = background (as skimage.data.horse()).",
    licence: "CC0",
    credit: "Andreas Preuss (marauder), openclipart.org/detail/158377, via scikit-image",
    source: "Debian python3-skimage 0.19.3-8: usr/lib/python3/dist-packages/skimage/data/horse.png",
    sha256: "c5ad719227ee90cf8b2f6c2900fa8781951ea38575575ec4749725312fb45ed2",
  },
  moon: {
    name: "moon",
    file: "images/moon.png",
    width: 512,
    height: 512,
    channels: 1,
    description: "Low-contrast surface of the moon: histogram equalisation, contrast stretching.",
    licence: "BSD-3-Clause (scikit-image package licence; no per-image statement in skimage 0.19.3)",
    credit: "scikit-image sample data (surface of the moon)",
    source: "Debian python3-skimage 0.19.3-8: usr/lib/python3/dist-packages/skimage/data/moon.png",
    sha256: "78739619d11f7eb9c165bb5d2efd4772cee557812ec847532dbb1d92ef71f577",
  },
  hubble_deep_field: {
    name: "hubble_deep_field",
    file: "images/hubble_deep_field.jpg",
    width: 1000,
    height: 872,
    channels: 3,
    description: "Hubble eXtreme Deep Field (JPEG): many small blobs at many scales.",
    licence: "Public domain (NASA media guidelines)",
    credit: "NASA / HubbleSite, Hubble eXtreme Deep Field (2012 release 37), via scikit-image",
    source: "Debian python3-skimage 0.19.3-8: usr/lib/python3/dist-packages/skimage/data/hubble_deep_field.jpg",
    sha256: "3a19c5dd8a927a9334bb1229a6d63711b1c0c767fb27e2286e7c84a3e2c2f5f4",
  },
  brick: {
    name: "brick",
    file: "images/brick.png",
    width: 512,
    height: 512,
    channels: 1,
    description: "A brick wall, perspective-corrected: texture classification.",
    licence: "CC0",
    credit: "CC0Textures Bricks25 (perspective-corrected, cropped by scikit-image)",
    source: "Debian python3-skimage 0.19.3-8: usr/lib/python3/dist-packages/skimage/data/brick.png",
    sha256: "7966caf324f6ba843118d98f7a07746d22f6a343430add0233eca5f6eaaa8fcf",
  },
  grass: {
    name: "grass",
    file: "images/grass.png",
    width: 512,
    height: 512,
    channels: 1,
    description: "Grass: texture classification.",
    licence: "CC0",
    credit: "linolafett, DeviantArt Grass-01-434853879 (cropped, grey, by scikit-image)",
    source: "Debian python3-skimage 0.19.3-8: usr/lib/python3/dist-packages/skimage/data/grass.png",
    sha256: "b6b6022426b38936c43a4ac09635cd78af074e90f42ffa8227ac8b7452d39f89",
  },
  gravel: {
    name: "gravel",
    file: "images/gravel.png",
    width: 512,
    height: 512,
    channels: 1,
    description: "Gravel: texture classification.",
    licence: "CC0",
    credit: "CC0Textures Gravel04 (rescaled, cropped, grey, by scikit-image)",
    source: "Debian python3-skimage 0.19.3-8: usr/lib/python3/dist-packages/skimage/data/gravel.png",
    sha256: "c48615b451bf1e606fbd72c0aa9f8cc0f068ab7111ef7d93bb9b0f2586440c12",
  },
  motorcycle_left: {
    name: "motorcycle_left",
    file: "images/motorcycle_left.png",
    width: 741,
    height: 500,
    channels: 3,
    description: "Left view of the Middlebury 2014 motorcycle, rectified, ÷4 (stereo, flow).",
    licence: "No formal licence stated; Middlebury publishes the data for research and asks users to cite [Scharstein et al. 2014]; redistributed by scikit-image",
    credit: "N. Nesic, P. Westling, X. Wang, Y. Kitajima, G. Krathwohl, D. Scharstein, Middlebury College; ÷4 by scikit-image",
    source: "Debian python3-skimage 0.19.3-8: usr/lib/python3/dist-packages/skimage/data/motorcycle_left.png",
    sha256: "db18e9c4157617403c3537a6ba355dfeafe9a7eabb6b9b94cb33f6525dd49179",
  },
  motorcycle_right: {
    name: "motorcycle_right",
    file: "images/motorcycle_right.png",
    width: 741,
    height: 500,
    channels: 3,
    description: "Right view of the Middlebury 2014 motorcycle, rectified, ÷4 (stereo, flow).",
    licence: "No formal licence stated; Middlebury publishes the data for research and asks users to cite [Scharstein et al. 2014]; redistributed by scikit-image",
    credit: "N. Nesic, P. Westling, X. Wang, Y. Kitajima, G. Krathwohl, D. Scharstein, Middlebury College; ÷4 by scikit-image",
    source: "Debian python3-skimage 0.19.3-8: usr/lib/python3/dist-packages/skimage/data/motorcycle_right.png",
    sha256: "5fc913ae870e42a4b662314bc904d1786bcad8e2f0b9b67dba5a229406357797",
  },
  chessboard: {
    name: "chessboard",
    file: "images/chessboard.png",
    width: 200,
    height: 200,
    channels: 1,
    description: "A synthetic 8×8 chessboard: corners, lines, calibration.",
    licence: "BSD-3-Clause (scikit-image package licence; no per-image statement in skimage 0.19.3)",
    credit: "scikit-image sample data (`skimage.data.checkerboard()`)",
    source: "Debian python3-skimage 0.19.3-8: usr/lib/python3/dist-packages/skimage/data/chessboard_GRAY.png",
    sha256: "3e51870774515af4d07d820bd8827364c70839bf9b573c746e485095e893df90",
  },};

/**
 * The sample images as a list, in registry order (handy for galleries and tests).
 * @example for (const s of sampleImages) show(loadImage(s.name), { title: s.name });
 */
export const sampleImages: readonly SampleImageInfo[] = sampleImageNames.map((n) => sampleImageRegistry[n]);

/** Whether `name` is a bundled sample image. @example isSampleImageName("raccoon") // true */
export function isSampleImageName(name: unknown): name is SampleImageName {
  return typeof name === "string" && (sampleImageNames as readonly string[]).includes(name);
}
