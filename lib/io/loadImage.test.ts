import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ArgumentRangeError, ArgumentTypeError } from "../core/errors";
import { oracleImage, pythonOracle } from "../testing/pythonOracle";
import { clearImageCache, loadImage } from "./loadImage";
import { sampleImages } from "./sampleImages";
import { datasetsDirectory } from "./datasetsDirectory";
import { clearVerifiedFiles } from "./readDatasetFile";
import { DatasetFileMissingError, DatasetIntegrityError } from "./errors";

const datasets = datasetsDirectory();

/** cv2.imread of a bundled file, converted to RGB floats in [0, 1]. */
function cv2Read(file: string, flag: "IMREAD_UNCHANGED" | "IMREAD_COLOR" | "IMREAD_GRAYSCALE" = "IMREAD_UNCHANGED") {
  const path = JSON.stringify(join(datasets, file));
  return oracleImage(
    pythonOracle(
      `a = cv2.imread(${path}, cv2.${flag})\nif a.ndim == 3: a = a[:, :, ::-1]\nresult = a.astype(np.float64) / 255`,
      {},
    ),
  );
}

describe("loadImage: bundled samples", () => {
  test.each(sampleImages.map((s) => [s.name, s] as const))("%s loads with the registered shape", (name, info) => {
    const img = loadImage(name);
    expect([img.width, img.height, img.channels]).toEqual([info.width, info.height, info.channels]);
    expect(img.data).toHaveLength(info.width * info.height * info.channels);
    let min = Infinity;
    let max = -Infinity;
    for (const v of img.data) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThanOrEqual(1);
    expect(max).toBeGreaterThan(min); // not blank
  });

  test("raccoon is 1024×768 RGB with known pixels (RGB order, not BGR)", () => {
    const img = loadImage("raccoon");
    const px = (x: number, y: number) => Array.from(img.data.subarray((y * 1024 + x) * 3, (y * 1024 + x) * 3 + 3), (v) => Math.round(v * 255));
    expect(px(0, 0)).toEqual([121, 112, 131]);
    expect(px(1023, 767)).toEqual([118, 154, 92]);
    expect(px(512, 384)).toEqual([103, 99, 114]);
  });

  test("camera is grey 512×512 with known pixels", () => {
    const img = loadImage("camera");
    expect(Math.round(img.data[0]! * 255)).toBe(200);
    expect(Math.round(img.data[100 * 512 + 200]! * 255)).toBe(54);
    expect(Math.round(img.data[511 * 512 + 511]! * 255)).toBe(149);
  });

  test("horse is a binary mask: only 0 and 1", () => {
    const img = loadImage("horse");
    expect(new Set(img.data)).toEqual(new Set([0, 1]));
  });

  test("modes: color gives 3 channels, gray 1, for grey and colour sources alike", () => {
    expect(loadImage("camera", { mode: "color" }).channels).toBe(3);
    expect(loadImage("coffee", { mode: "gray" }).channels).toBe(1);
    const rgb = loadImage("camera", { mode: "color" });
    expect(rgb.data[0]).toBe(rgb.data[1]);
    expect(rgb.data[1]).toBe(rgb.data[2]);
  });

  test("every call returns an independent copy (the cache cannot be corrupted)", () => {
    const a = loadImage("coins");
    a.data.fill(0);
    const b = loadImage("coins");
    expect(b.data.some((v) => v > 0)).toBe(true);
    expect(b.data).not.toBe(a.data);
  });

  test("PNG samples decode exactly as cv2.imread does", () => {
    for (const name of ["raccoon", "camera", "chelsea", "motorcycle_left"] as const) {
      const file = sampleImages.find((s) => s.name === name)!.file;
      expect(loadImage(name)).toBeCloseToImage(cv2Read(file), 1e-6);
    }
  });

  test("gray mode matches cv2.cvtColor(RGB2GRAY) on the 8-bit image within one level", () => {
    const expected = oracleImage(
      pythonOracle(`a = cv2.imread(${JSON.stringify(join(datasets, "images/coffee.png"))})\nresult = cv2.cvtColor(a, cv2.COLOR_BGR2GRAY).astype(np.float64) / 255`, {}),
    );
    expect(loadImage("coffee", { mode: "gray" })).toBeCloseToImage(expected, 1 / 255 + 1e-6);
  });

  test("the JPEG sample is close to libjpeg's decode (mean difference < 1 level)", () => {
    const ours = loadImage("hubble_deep_field");
    const ref = cv2Read("images/hubble_deep_field.jpg");
    expect([ours.width, ours.height, ours.channels]).toEqual([ref.width, ref.height, ref.channels]);
    let sum = 0;
    for (let i = 0; i < ours.data.length; i++) sum += Math.abs(ours.data[i]! - ref.data[i]!);
    expect(sum / ours.data.length).toBeLessThan(1 / 255);
  });
});

describe("loadImage: errors", () => {
  const saved = process.env["CVR_DATASETS"];
  let tmp: string;
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), "cvr-io-"));
    clearImageCache();
    clearVerifiedFiles();
  });
  afterEach(() => {
    if (saved === undefined) delete process.env["CVR_DATASETS"];
    else process.env["CVR_DATASETS"] = saved;
    rmSync(tmp, { recursive: true, force: true });
    clearImageCache();
    clearVerifiedFiles();
  });

  test("an unknown name lists the valid names", () => {
    expect(() => loadImage("lena")).toThrow(ArgumentRangeError);
    expect(() => loadImage("lena")).toThrow(/nameOrPath: unknown sample image "lena"; valid names: raccoon, camera, coins/);
  });

  test("a non-string names the argument", () => {
    expect(() => loadImage(42 as unknown as string)).toThrow(ArgumentTypeError);
    expect(() => loadImage(42 as unknown as string)).toThrow(/^nameOrPath:/);
    expect(() => loadImage("camera", { mode: "grey" as never })).toThrow(/options\.mode: expected one of "color", "gray", "unchanged"/);
  });

  test("a missing dataset file names the file and how to get it back", () => {
    process.env["CVR_DATASETS"] = tmp;
    expect(() => loadImage("raccoon")).toThrow(DatasetFileMissingError);
    expect(() => loadImage("raccoon")).toThrow(/datasets\/images\/raccoon\.png not found .*re-clone .*scripts\/data\/build_datasets\.py/);
  });

  test("a damaged file is detected by its hash", () => {
    mkdirSync(join(tmp, "images"));
    const bytes = readFileSync(join(datasets, "images/coins.png"));
    bytes[bytes.length - 20] ^= 0xff; // inside IDAT/IEND: still a file, wrong content
    writeFileSync(join(tmp, "images/coins.png"), bytes);
    process.env["CVR_DATASETS"] = tmp;
    expect(() => loadImage("coins")).toThrow(DatasetIntegrityError);
    expect(() => loadImage("coins")).toThrow(/datasets\/images\/coins\.png is damaged or was replaced: SHA-256 [0-9a-f]{64} differs/);
  });

  test("an intact copy elsewhere loads through CVR_DATASETS", () => {
    mkdirSync(join(tmp, "images"));
    copyFileSync(join(datasets, "images/page.png"), join(tmp, "images/page.png"));
    process.env["CVR_DATASETS"] = tmp;
    expect(loadImage("page").width).toBe(384);
  });

  test("a missing path is reported with its absolute path", () => {
    expect(() => loadImage(join(tmp, "nope.png"))).toThrow(/nameOrPath: file not found: .*nope\.png/);
  });

  test("a path to a bundled file loads the same pixels as the name", () => {
    expect(loadImage(join(datasets, "images/text.png"))).toBeCloseToImage(loadImage("text"), 0);
  });
});
