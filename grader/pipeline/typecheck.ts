/**
 * Optional step between extract and sandbox: type-check setup + the exercise cell with the lib's
 * declarations, like tslab does (non-strict). Type errors are WARNINGS: the score depends only on
 * behaviour. Costly (≈ 1–3 s for the first program, less when warm), so it runs only with
 * `typecheck: true` (CLI `--typecheck`), in the parent, before any sandbox starts.
 */
import * as path from "node:path";
import { repoRoot } from "../paths";
import { typescript } from "./transpile";
import type * as TS from "typescript";

let registry: TS.DocumentRegistry | undefined;
let oldProgram: TS.Program | undefined;
/** Codes tslab does not report: top-level await/import forms in a CommonJS module. */
const IGNORED = new Set([1375, 1378, 1431, 1432, 2451, 2393]);

/** Type-check each program; returns warnings per key (empty array when clean). Never throws. */
export function typecheck(programs: ReadonlyMap<string, { setup: readonly string[]; cell: string }>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  try {
    const ts = typescript();
    registry ??= ts.createDocumentRegistry();
    const files = new Map<string, { text: string; cellStart: number }>();
    // A few globals of Node/tslab instead of @types/node (which costs seconds to load).
    files.set(path.join(repoRoot, "__grader_typecheck_globals__.d.ts"), {
      text: "declare var console: { log(...a: any[]): void; error(...a: any[]): void; warn(...a: any[]): void; info(...a: any[]): void; table(...a: any[]): void; time(l?: string): void; timeEnd(l?: string): void };\ndeclare function require(id: string): any;\ndeclare var module: any; declare var exports: any; declare var process: any; declare var Buffer: any;\ndeclare function setTimeout(f: (...a: any[]) => void, ms?: number, ...a: any[]): any; declare function clearTimeout(t: any): void; declare function setInterval(f: (...a: any[]) => void, ms?: number, ...a: any[]): any; declare function clearInterval(t: any): void;\ndeclare function structuredClone<T>(v: T): T; declare var performance: { now(): number };\n",
      cellStart: 0,
    });
    for (const [key, p] of programs) {
      const setup = p.setup.join("\n;\n");
      const text = `${setup}\n;\n${p.cell}\nexport {};\n`;
      files.set(path.join(repoRoot, `__grader_typecheck__${key.replace(/[^\w-]/g, "_")}.ts`), { text, cellStart: setup.split("\n").length + 1 });
    }
    const options: TS.CompilerOptions = { strict: false, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10, esModuleInterop: true, skipLibCheck: true, types: [], lib: ["lib.es2022.d.ts"] };
    const host = ts.createCompilerHost(options);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (name, lang, onError, create) => {
      const f = files.get(name);
      if (f) return ts.createSourceFile(name, f.text, lang, true);
      return getSourceFile(name, lang, onError, create);
    };
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (n) => files.has(n) || fileExists(n);
    const readFile = host.readFile.bind(host);
    host.readFile = (n) => files.get(n)?.text ?? readFile(n);
    const program = ts.createProgram({ rootNames: [...files.keys()], options, host, oldProgram });
    oldProgram = program;
    const keys = [...programs.keys()];
    [...files.keys()].filter((n) => !n.endsWith("__grader_typecheck_globals__.d.ts")).forEach((name, i) => {
      const sf = program.getSourceFile(name);
      const warnings: string[] = [];
      if (sf) {
        for (const d of program.getSemanticDiagnostics(sf)) {
          if (IGNORED.has(d.code) || d.start === undefined) continue;
          const { line } = sf.getLineAndCharacterOfPosition(d.start);
          const rel = line + 1 - files.get(name)!.cellStart;
          if (rel < 1) continue; // setup cells are the instructor's
          warnings.push(`type error in your cell at line ${rel}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")} (a warning: the score depends only on what your code does)`);
          if (warnings.length >= 5) break;
        }
      }
      out.set(keys[i]!, warnings);
    });
  } catch (e) {
    for (const k of programs.keys()) out.set(k, [`(type check skipped: ${(e as Error).message})`]);
  }
  return out;
}
