import { basename, dirname, resolve } from "node:path";

/**
 * Absolute path of the bundled `datasets/` folder: `$CVR_DATASETS` when set, otherwise found
 * relative to this package (`lib/dist/io/` → `../../../datasets`, or `lib/io/` → `../../datasets`
 * when run from the TypeScript sources). Read on every call, so a test or notebook may change
 * `process.env.CVR_DATASETS` at any time.
 * @example const dir = datasetsDirectory(); // "/…/cv-roadmap/datasets"
 */
export function datasetsDirectory(): string {
  const override = process.env["CVR_DATASETS"];
  if (override) return resolve(override);
  const fromDist = basename(dirname(__dirname)) === "dist";
  return resolve(__dirname, fromDist ? "../../../datasets" : "../../datasets");
}
