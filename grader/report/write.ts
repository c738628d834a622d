/** Write the report files of one submission atomically (temp file + rename). */
import * as fs from "node:fs";
import * as path from "node:path";
import type { GradingResults } from "../types";
import { toGradescope, toMarkdown, toReport } from "./formats";

/** Write `data` to `file` atomically: a reader sees the old file or the whole new one, never half. */
export function writeAtomic(file: string, data: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

/** results.json (Gradescope), report.json (ours) and feedback.md into `dir`. */
export function writeReports(r: GradingResults, dir: string): void {
  writeAtomic(path.join(dir, "results.json"), JSON.stringify(toGradescope(r), null, 2) + "\n");
  writeAtomic(path.join(dir, "report.json"), JSON.stringify(toReport(r), null, 2) + "\n");
  writeAtomic(path.join(dir, "feedback.md"), toMarkdown(r));
}
