import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomImage } from "../core/random";
import { toUint8, fromUint8 } from "../core/create";
import { loadImage } from "./loadImage";
import { savePng } from "./savePng";

describe("savePng", () => {
  let tmp: string;
  beforeEach(() => (tmp = mkdtempSync(join(tmpdir(), "cvr-save-"))));
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  test("creates missing folders, returns the absolute path, and loadImage reads the same pixels", () => {
    const noisy = randomImage(13, 7, 3, 5);
    const img = fromUint8(toUint8(noisy), 13, 7, 3); // 8-bit levels: exact round trip
    const path = savePng(img, join(tmp, "a", "b", "out.png"));
    expect(path).toBe(join(tmp, "a", "b", "out.png"));
    expect(existsSync(path)).toBe(true);
    expect(loadImage(path)).toBeCloseToImage(img, 0);
  });

  test("names a bad path argument", () => {
    expect(() => savePng(randomImage(1, 1, 1, 1), "" as string)).toThrow(/^path: expected a file path/);
  });
});
