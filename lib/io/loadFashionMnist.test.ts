import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ArgumentRangeError } from "../core/errors";
import { datasetsDirectory } from "./datasetsDirectory";
import { ExternalDataMissingError } from "./errors";
import { fashionMnistClassNames, fashionMnistImage, loadFashionMnist, FASHION_MNIST_DEBIAN_DIR } from "./loadFashionMnist";
import { parseIdx } from "./parseIdx";

const NOWHERE = "/nonexistent/fashion-mnist";
const histogram = (labels: Uint8Array) => Array.from({ length: 10 }, (_, c) => labels.filter((l) => l === c).length);

describe("loadFashionMnist: bundled subset", () => {
  test("train: 10,000 images, 1,000 per class, labels 0–9", () => {
    const set = loadFashionMnist({ split: "train", source: "subset" });
    expect(set.source).toBe("subset");
    expect(set.count).toBe(10000);
    expect(set.images).toHaveLength(10000 * 28 * 28);
    expect(set.labels).toHaveLength(10000);
    expect(histogram(set.labels)).toEqual(Array(10).fill(1000));
    expect([set.width, set.height]).toEqual([28, 28]);
    expect(set.classNames).toEqual(fashionMnistClassNames);
    expect(set.classNames[9]).toBe("Ankle boot");
  });

  test("test: 2,000 images, 200 per class", () => {
    const set = loadFashionMnist({ split: "test", source: "subset" });
    expect(set.count).toBe(2000);
    expect(histogram(set.labels)).toEqual(Array(10).fill(200));
  });

  test("auto falls back to the subset when the full set is not installed", () => {
    expect(loadFashionMnist({ split: "test", fullDirectory: NOWHERE }).source).toBe("subset");
  });

  test("limit keeps the first samples; results are fresh copies", () => {
    const all = loadFashionMnist({ split: "test", source: "subset" });
    const few = loadFashionMnist({ split: "test", source: "subset", limit: 5 });
    expect(few.count).toBe(5);
    expect(few.images).toEqual(all.images.subarray(0, 5 * 784));
    expect(few.labels).toEqual(all.labels.subarray(0, 5));
    few.images.fill(7);
    expect(loadFashionMnist({ split: "test", source: "subset", limit: 5 }).images).toEqual(all.images.subarray(0, 5 * 784));
    expect(loadFashionMnist({ split: "test", source: "subset", limit: 99999 }).count).toBe(2000);
  });

  test("images are real garments: not blank, 8-bit range used", () => {
    const set = loadFashionMnist({ split: "test", source: "subset", limit: 100 });
    expect(Math.max(...set.images.subarray(0, 784))).toBeGreaterThan(100);
    expect(set.images.subarray(0, 784).filter((v) => v === 0).length).toBeGreaterThan(50); // black background
  });

  test("prints nothing", () => {
    const log = jest.spyOn(console, "log");
    const write = jest.spyOn(process.stdout, "write");
    loadFashionMnist({ split: "train", source: "subset", limit: 10 });
    expect(log).not.toHaveBeenCalled();
    expect(write).not.toHaveBeenCalled();
    log.mockRestore();
    write.mockRestore();
  });

  test("fashionMnistImage gives one sample as a float grey image", () => {
    const set = loadFashionMnist({ split: "test", source: "subset", limit: 3 });
    const img = fashionMnistImage(set, 2);
    expect([img.width, img.height, img.channels]).toEqual([28, 28, 1]);
    expect(img.data[300]).toBeCloseTo(set.images[2 * 784 + 300]! / 255, 7);
    expect(() => fashionMnistImage(set, 3)).toThrow(/^index: expected a number ≤ 2, got 3/);
  });

  test("bad options name themselves", () => {
    expect(() => loadFashionMnist({ split: "val" as never })).toThrow(ArgumentRangeError);
    expect(() => loadFashionMnist({ split: "val" as never })).toThrow(/options\.split: expected one of "train", "test"/);
    expect(() => loadFashionMnist({ source: "web" as never })).toThrow(/options\.source/);
    expect(() => loadFashionMnist({ limit: 0 })).toThrow(/options\.limit/);
    expect(() => loadFashionMnist({ limit: 1.5 })).toThrow(/options\.limit: expected an integer/);
  });

  test("source 'full' without the Debian package says how to install it", () => {
    expect(() => loadFashionMnist({ source: "full", fullDirectory: NOWHERE })).toThrow(ExternalDataMissingError);
    expect(() => loadFashionMnist({ source: "full", fullDirectory: NOWHERE })).toThrow(/apt-get install dataset-fashion-mnist/);
  });
});

describe("loadFashionMnist: full set", () => {
  let fake: string;
  beforeAll(() => {
    // A stand-in for /usr/share/datasets/fashion-mnist: 10,000 test images, image k filled with k mod 256.
    fake = mkdtempSync(join(tmpdir(), "cvr-fashion-"));
    const n = 10000;
    const images = new Uint8Array(16 + n * 784);
    images.set([0, 0, 8, 3, 0, 0, n >> 8, n & 255, 0, 0, 0, 28, 0, 0, 0, 28]);
    for (let k = 0; k < n; k++) images.fill(k % 256, 16 + k * 784, 16 + (k + 1) * 784);
    const labels = new Uint8Array(8 + n);
    labels.set([0, 0, 8, 1, 0, 0, n >> 8, n & 255]);
    for (let k = 0; k < n; k++) labels[8 + k] = k % 10;
    writeFileSync(join(fake, "t10k-images-idx3-ubyte.gz"), gzipSync(images));
    writeFileSync(join(fake, "t10k-labels-idx1-ubyte.gz"), gzipSync(labels));
    // …and "train" files of the wrong size (10,000 instead of 60,000).
    writeFileSync(join(fake, "train-images-idx3-ubyte.gz"), gzipSync(images));
    writeFileSync(join(fake, "train-labels-idx1-ubyte.gz"), gzipSync(labels));
  });
  afterAll(() => rmSync(fake, { recursive: true, force: true }));

  test("reads the full set from fullDirectory, and auto prefers it when present", () => {
    const full = loadFashionMnist({ split: "test", source: "full", fullDirectory: fake });
    expect(full.source).toBe("full");
    expect(full.count).toBe(10000);
    expect(full.images[784 * 300]).toBe(300 % 256);
    expect(full.labels[123]).toBe(3);
    expect(loadFashionMnist({ split: "test", fullDirectory: fake }).source).toBe("full");
  });

  test("a full set of the wrong size is rejected", () => {
    expect(() => loadFashionMnist({ split: "train", source: "full", fullDirectory: fake })).toThrow(ArgumentRangeError);
    expect(() => loadFashionMnist({ split: "train", source: "full", fullDirectory: fake })).toThrow(
      /options\.fullDirectory: Fashion-MNIST images must be 60000×28×28 uint8, the file holds 10000×28×28 uint8/,
    );
  });

  // The real Debian files: installed, or where scripts/data/build_datasets.py unpacked them.
  const debian = [FASHION_MNIST_DEBIAN_DIR, "/tmp/cvr-data-build/root/usr/share/datasets/fashion-mnist"].find((d) =>
    existsSync(join(d, "train-labels-idx1-ubyte.gz")),
  );
  if (!debian) {
    // A student's machine without `apt-get install dataset-fashion-mnist` (CI installs it).
    test("without the Debian set, source 'full' says which package to install and 'auto' uses the subset", () => {
      expect(() => loadFashionMnist({ split: "test", source: "full" })).toThrow(/dataset-fashion-mnist/);
      expect(loadFashionMnist({ split: "test", source: "auto" }).count).toBe(2000);
    });
    return;
  }

  test("the subset is exactly the documented SHA-256 rule applied to the full set", () => {
    const subset = JSON.parse(readFileSync(join(datasetsDirectory(), "fashion-mnist/subset.json"), "utf8")) as { seed: string; trainIndices: number[]; testIndices: number[] };
    for (const [split, perClass, prefix] of [["train", 1000, "train"], ["test", 200, "t10k"]] as const) {
      const labels = parseIdx(readFileSync(join(debian!, `${prefix}-labels-idx1-ubyte.gz`))).data;
      const chosen: number[] = [];
      for (let c = 0; c < 10; c++) {
        const idx: number[] = [];
        labels.forEach((l, i) => l === c && idx.push(i));
        const key = (i: number) => createHash("sha256").update(`${subset.seed}:${split}:${i}`).digest("hex");
        const keyed = idx.map((i) => [key(i), i] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
        chosen.push(...keyed.slice(0, perClass).map(([, i]) => i));
      }
      chosen.sort((a, b) => a - b);
      expect(chosen).toEqual(split === "train" ? subset.trainIndices : subset.testIndices);

      const full = loadFashionMnist({ split, source: "full", fullDirectory: debian });
      const sub = loadFashionMnist({ split, source: "subset" });
      expect(full.count).toBe(split === "train" ? 60000 : 10000);
      for (const k of [0, 1, 777, sub.count - 1]) {
        const i = chosen[k]!;
        expect(sub.labels[k]).toBe(full.labels[i]);
        expect(sub.images.subarray(k * 784, (k + 1) * 784)).toEqual(full.images.subarray(i * 784, (i + 1) * 784));
      }
    }
  });
});
