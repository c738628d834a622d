/**
 * A batch worker: a long-lived process that grades one submission at a time for the pool
 * (IPC messages `{ sha256, path, name }` → `{ sha256, results }`). It spawns the sandboxes itself.
 */
import { gradeNotebook } from "../api";
import type { GradeOptions } from "../config";

interface Job {
  sha256: string;
  path: string;
  name: string;
}

const options = JSON.parse(process.env.CVR_GRADER_OPTIONS ?? "{}") as GradeOptions;

process.on("message", (msg: Job) => {
  void gradeNotebook(msg.path, { ...options, name: msg.name }).then(
    (results) => process.send!({ sha256: msg.sha256, results }),
    (e: unknown) => process.send!({ sha256: msg.sha256, error: e instanceof Error ? e.stack ?? e.message : String(e) }),
  );
});
process.send!({ ready: true });
