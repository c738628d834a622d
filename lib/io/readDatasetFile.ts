import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ArgumentTypeError, describeValue } from "../core/errors";
import { datasetsDirectory } from "./datasetsDirectory";
import { DatasetFileMissingError, DatasetIntegrityError } from "./errors";

/** Options of {@link readDatasetFile}. */
export interface ReadDatasetFileOptions {
  /** Expected SHA-256 (hex). Checked the first time each absolute path is read in this process. @default no check */
  sha256?: string;
}

/** Absolute paths whose hash already matched (so later reads skip hashing). */
const verified = new Set<string>();

/**
 * Read a file of the bundled data, e.g. `readDatasetFile("images/coins.png", { sha256 })`.
 * Throws {@link DatasetFileMissingError} naming the file and how to restore it when it is absent,
 * {@link DatasetIntegrityError} when its SHA-256 differs from `sha256`.
 * @param file Path relative to {@link datasetsDirectory}, with forward slashes.
 * @example const bytes = readDatasetFile("faces/lfw_subset.json");
 */
export function readDatasetFile(file: string, options: ReadDatasetFileOptions = {}): Buffer {
  const { sha256 } = options;
  if (typeof file !== "string" || file.length === 0) {
    throw new ArgumentTypeError("file", `expected a path relative to datasets/, got ${describeValue(file)}`);
  }
  const path = join(datasetsDirectory(), ...file.split("/"));
  if (!existsSync(path)) throw new DatasetFileMissingError(file, path);
  const bytes = readFileSync(path);
  if (sha256 !== undefined && !verified.has(path)) {
    const actual = createHash("sha256").update(bytes).digest("hex");
    if (actual !== sha256) throw new DatasetIntegrityError(file, path, sha256, actual);
    verified.add(path);
  }
  return bytes;
}

/** Forget which files were verified (the next read hashes again). For tests. @example clearVerifiedFiles(); */
export function clearVerifiedFiles(): void {
  verified.clear();
}
