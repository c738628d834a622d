import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { clearVerifiedFiles, readDatasetFile } from "./readDatasetFile";
import { DatasetFileMissingError, DatasetIntegrityError } from "./errors";

describe("readDatasetFile", () => {
  const saved = process.env["CVR_DATASETS"];
  let tmp: string;
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), "cvr-read-"));
    process.env["CVR_DATASETS"] = tmp;
    clearVerifiedFiles();
  });
  afterEach(() => {
    if (saved === undefined) delete process.env["CVR_DATASETS"];
    else process.env["CVR_DATASETS"] = saved;
    rmSync(tmp, { recursive: true, force: true });
  });

  test("returns the bytes; checks the hash the first time only", () => {
    writeFileSync(join(tmp, "a.bin"), "hello");
    const sha256 = createHash("sha256").update("hello").digest("hex");
    expect(readDatasetFile("a.bin", { sha256 }).toString()).toBe("hello");
    writeFileSync(join(tmp, "a.bin"), "HELLO"); // changed after verification: not re-hashed
    expect(readDatasetFile("a.bin", { sha256 }).toString()).toBe("HELLO");
    clearVerifiedFiles();
    expect(() => readDatasetFile("a.bin", { sha256 })).toThrow(DatasetIntegrityError);
  });

  test("the integrity error carries both hashes and the file", () => {
    writeFileSync(join(tmp, "b.bin"), "x");
    try {
      readDatasetFile("b.bin", { sha256: "0".repeat(64) });
      throw new Error("no error");
    } catch (e) {
      const err = e as DatasetIntegrityError;
      expect(err).toBeInstanceOf(DatasetIntegrityError);
      expect(err.file).toBe("b.bin");
      expect(err.expectedSha256).toBe("0".repeat(64));
      expect(err.actualSha256).toBe(createHash("sha256").update("x").digest("hex"));
    }
  });

  test("a missing file names it relative to datasets/", () => {
    expect(() => readDatasetFile("faces/nope.json")).toThrow(DatasetFileMissingError);
    expect(() => readDatasetFile("faces/nope.json")).toThrow(/^datasets\/faces\/nope\.json not found/);
  });

  test("a bad argument names itself", () => {
    expect(() => readDatasetFile("")).toThrow(/^file: expected a path relative to datasets\//);
  });
});
