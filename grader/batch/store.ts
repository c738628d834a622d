/**
 * The submission store and ledger. Every submission is stored by content hash BEFORE grading
 * (`<out>/store/<sha256>.ipynb`, written atomically) and every event is appended to
 * `<out>/ledger.jsonl`. The ledger says which submissions are graded: a crash or a killed worker
 * leaves a submission "stored, not graded", and it is graded again — once — on the next pass.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { writeAtomic } from "../report/write";

/** One submission in a batch. */
export interface Submission {
  /** Name shown in the gradebook (path inside the folder or zip). */
  name: string;
  sha256: string;
  /** Stored copy. */
  path: string;
}

export type LedgerEvent =
  | { event: "stored"; name: string; sha256: string; at: string }
  | { event: "graded"; sha256: string; score: number; possible: number; at: string }
  | { event: "requeued"; sha256: string; reason: string; at: string };

/** The store of one batch output folder. */
export class Store {
  readonly storeDir: string;
  readonly ledgerPath: string;
  constructor(readonly outDir: string) {
    this.storeDir = path.join(outDir, "store");
    this.ledgerPath = path.join(outDir, "ledger.jsonl");
    fs.mkdirSync(this.storeDir, { recursive: true });
  }

  /** Store bytes under their hash (idempotent) and record the submission's name. */
  put(name: string, bytes: Uint8Array): Submission {
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const p = path.join(this.storeDir, `${sha256}.ipynb`);
    if (!fs.existsSync(p)) writeAtomic(p, bytes);
    this.append({ event: "stored", name, sha256, at: new Date().toISOString() });
    return { name, sha256, path: p };
  }

  /** Append one event (one `write` with O_APPEND: lines never interleave). */
  append(e: LedgerEvent): void {
    fs.appendFileSync(this.ledgerPath, JSON.stringify(e) + "\n");
  }

  /** All events so far (a torn last line from a crash is ignored). */
  events(): LedgerEvent[] {
    if (!fs.existsSync(this.ledgerPath)) return [];
    const out: LedgerEvent[] = [];
    for (const line of fs.readFileSync(this.ledgerPath, "utf8").split("\n")) {
      if (!line.trim()) continue;
      try {
        out.push(JSON.parse(line) as LedgerEvent);
      } catch {
        /* torn line */
      }
    }
    return out;
  }

  /** Hashes with a completed grading (their reports are on disk). */
  graded(): Set<string> {
    const s = new Set<string>();
    for (const e of this.events()) if (e.event === "graded" && fs.existsSync(this.reportPath(e.sha256))) s.add(e.sha256);
    return s;
  }

  /** Folder of one submission's reports. */
  resultDir(sha256: string): string {
    return path.join(this.outDir, "results", sha256);
  }

  reportPath(sha256: string): string {
    return path.join(this.resultDir(sha256), "report.json");
  }
}
