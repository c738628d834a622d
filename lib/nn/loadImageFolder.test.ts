import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fromUint8 } from "../core/create";
import { ArgumentRangeError } from "../core/errors";
import { encodePng } from "../io/encodePng";
import { loadImageFolder } from "./loadImageFolder";

describe("loadImageFolder", () => {
  let root: string;
  const png = (bytes: number[], w: number, h: number, c = 1) => encodePng(fromUint8(Uint8Array.from(bytes), w, h, c));
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "cvr-imgfolder-"));
    mkdirSync(join(root, "dog"));
    mkdirSync(join(root, "cat"));
    writeFileSync(join(root, "dog", "b.png"), png([1, 2, 3, 4], 2, 2));
    writeFileSync(join(root, "dog", "a.png"), png([5, 6, 7, 8], 2, 2));
    writeFileSync(join(root, "cat", "z.png"), png([9, 10, 11, 12], 2, 2));
    writeFileSync(join(root, "cat", "notes.txt"), "ignored");
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("labels classes by sorted sub-folder name and reads files in sorted order", () => {
    const d = loadImageFolder(root);
    expect(d.classNames).toEqual(["cat", "dog"]);
    expect(Array.from(d.labels)).toEqual([0, 1, 1]);
    expect(d.files.map((f) => f.slice(root.length + 1))).toEqual([join("cat", "z.png"), join("dog", "a.png"), join("dog", "b.png")]);
    expect([d.count, d.width, d.height, d.channels]).toEqual([3, 2, 2, 1]);
    expect(Array.from(d.images)).toEqual([9, 10, 11, 12, 5, 6, 7, 8, 1, 2, 3, 4]);
  });

  it("reads RGB when asked", () => {
    writeFileSync(join(root, "cat", "z.png"), png([255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30], 2, 2, 3));
    rmSync(join(root, "dog"), { recursive: true });
    const d = loadImageFolder(root, { mode: "color" });
    expect(d.channels).toBe(3);
    expect(Array.from(d.images)).toEqual([255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30]);
  });

  it("rejects images of different sizes, naming the file", () => {
    writeFileSync(join(root, "dog", "c.png"), png([1, 2, 3], 3, 1));
    expect(() => loadImageFolder(root)).toThrow(ArgumentRangeError);
    expect(() => loadImageFolder(root)).toThrow(/c\.png is 3×1/);
  });

  it("rejects a missing folder or one without class folders", () => {
    expect(() => loadImageFolder(join(root, "nope"))).toThrow(/root/);
    expect(() => loadImageFolder(join(root, "cat"))).toThrow(/no class sub-folders/);
    expect(() => loadImageFolder(root, { mode: "cmyk" as never })).toThrow(/options\.mode/);
  });
});
