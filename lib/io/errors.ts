/**
 * Errors about the bundled data files. Argument errors use core's `ArgumentTypeError` /
 * `ArgumentRangeError`; these say that a file itself is missing or damaged.
 */

/** A data file the library needs is not on disk. `file` is its path relative to `datasets/`. */
export class DatasetFileMissingError extends Error {
  override readonly name = "DatasetFileMissingError";
  constructor(
    /** Path relative to the datasets folder, e.g. `images/raccoon.png`. */
    readonly file: string,
    /** Absolute path that was looked for. */
    readonly path: string,
  ) {
    super(
      `datasets/${file} not found (looked for ${path}): the repository's datasets/ folder is incomplete; ` +
        "re-clone the repository (or `git checkout -- datasets/`), or rebuild it with " +
        "`.venv/bin/python scripts/data/build_datasets.py`; set CVR_DATASETS to read another folder",
    );
  }
}

/** A data file's SHA-256 differs from the one the library was built with (damaged or replaced). */
export class DatasetIntegrityError extends Error {
  override readonly name = "DatasetIntegrityError";
  constructor(
    readonly file: string,
    readonly path: string,
    readonly expectedSha256: string,
    readonly actualSha256: string,
  ) {
    super(
      `datasets/${file} is damaged or was replaced: SHA-256 ${actualSha256} differs from the expected ${expectedSha256} ` +
        `(${path}); restore it with \`git checkout -- datasets/${file}\` or rebuild with scripts/data/build_datasets.py`,
    );
  }
}

/** Optional data outside the repository (e.g. Debian's full Fashion-MNIST) was asked for but is not installed. */
export class ExternalDataMissingError extends Error {
  override readonly name = "ExternalDataMissingError";
  constructor(
    /** Absolute path that was looked for. */
    readonly path: string,
    /** How to get it. */
    readonly hint: string,
  ) {
    super(`${path} not found: ${hint}`);
  }
}
