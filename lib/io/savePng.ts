import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Image } from "../core/image";
import { ArgumentTypeError, describeValue } from "../core/errors";
import { encodePng, type EncodePngOptions } from "./encodePng";

/**
 * Write an image as a PNG file (see {@link encodePng} for channels and scaling), creating the
 * parent folders if needed. Returns the absolute path written.
 * @param image 1–4 channels, values in [0, 1].
 * @param path Destination file, relative to the working directory or absolute.
 * @example savePng(edges, "out/edges.png");
 */
export function savePng(image: Image, path: string, options: EncodePngOptions = {}): string {
  if (typeof path !== "string" || path.length === 0) {
    throw new ArgumentTypeError("path", `expected a file path, got ${describeValue(path)}`);
  }
  const bytes = encodePng(image, options);
  const abs = resolve(path);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, bytes);
  return abs;
}
