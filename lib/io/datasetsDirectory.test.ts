import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { datasetsDirectory } from "./datasetsDirectory";

describe("datasetsDirectory", () => {
  const saved = process.env["CVR_DATASETS"];
  afterEach(() => {
    if (saved === undefined) delete process.env["CVR_DATASETS"];
    else process.env["CVR_DATASETS"] = saved;
  });

  test("finds the repository's datasets/ folder from the sources", () => {
    delete process.env["CVR_DATASETS"];
    expect(datasetsDirectory()).toBe(resolve(__dirname, "../../datasets"));
    expect(existsSync(join(datasetsDirectory(), "manifest.json"))).toBe(true);
  });

  test("CVR_DATASETS overrides it (resolved to an absolute path)", () => {
    process.env["CVR_DATASETS"] = "some/where";
    expect(datasetsDirectory()).toBe(resolve("some/where"));
  });
});
