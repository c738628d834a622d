/**
 * `npm run bench [filter]`: every case in bench/cases/*.ts, ours vs OpenCV-wasm in one run.
 * A filter (substring of the operation name) runs a subset: `npm run bench -- Canny`.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { formatTable, runCase, type BenchCase, type BenchRow } from "./harness";

const filter = process.argv[2]?.toLowerCase();
const dir = join(__dirname, "cases");
const cases: BenchCase[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith(".js")).sort()) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(join(dir, file)) as { cases?: BenchCase[] };
  cases.push(...(mod.cases ?? []));
}
const rows: BenchRow[] = [];
for (const c of cases) {
  if (filter && !c.name.toLowerCase().includes(filter)) continue;
  const row = runCase(c);
  rows.push(row);
  process.stdout.write(`${c.name} ${c.size}: ours ${row.oursMs.toFixed(2)} ms, OpenCV ${row.opencvMs.toFixed(2)} ms, ratio ${row.ratio.toFixed(2)}\n`);
}
console.log("\n" + formatTable(rows));
const misses = rows.filter((r) => r.ratio > 1);
console.log(`\n${rows.length - misses.length}/${rows.length} rows at ratio ≤ 1.0`);
