import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sampleImageNames, sampleImageRegistry, sampleImages, isSampleImageName } from "./sampleImages";
import { datasetsDirectory } from "./datasetsDirectory";

interface ManifestFile {
  name?: string;
  path: string;
  sha256: string;
  width?: number;
  height?: number;
  channels?: number;
  licence: string;
  credit: string;
  source: string;
}
const manifest = JSON.parse(readFileSync(join(datasetsDirectory(), "manifest.json"), "utf8")) as { files: ManifestFile[] };

describe("sample image registry", () => {
  test("lists the 17 images the curriculum needs, each once, in registry order", () => {
    expect(sampleImageNames).toHaveLength(17);
    expect(new Set(sampleImageNames).size).toBe(17);
    for (const n of ["raccoon", "camera", "coins", "coffee", "chelsea", "astronaut", "page", "text", "horse", "moon", "hubble_deep_field", "brick", "grass", "gravel", "motorcycle_left", "motorcycle_right", "chessboard"]) {
      expect(isSampleImageName(n)).toBe(true);
    }
    expect(sampleImages.map((s) => s.name)).toEqual([...sampleImageNames]);
  });

  test("agrees with datasets/manifest.json (file, shape, hash, licence, credit, source)", () => {
    const images = manifest.files.filter((f) => f.name !== undefined);
    expect(images.map((f) => f.name).sort()).toEqual([...sampleImageNames].sort());
    for (const f of images) {
      const r = sampleImageRegistry[f.name as keyof typeof sampleImageRegistry];
      expect({ file: r.file, width: r.width, height: r.height, channels: r.channels, sha256: r.sha256, licence: r.licence, credit: r.credit, source: r.source }).toEqual({
        file: f.path, width: f.width, height: f.height, channels: f.channels, sha256: f.sha256, licence: f.licence, credit: f.credit, source: f.source,
      });
    }
  });

  test("every file is credited in LICENSES.md", () => {
    const licences = readFileSync(join(datasetsDirectory(), "LICENSES.md"), "utf8");
    for (const f of manifest.files) expect(licences).toContain("`" + f.path + "`");
  });

  test("rejects what is not a name", () => {
    expect(isSampleImageName("lena")).toBe(false);
    expect(isSampleImageName(3)).toBe(false);
  });
});
