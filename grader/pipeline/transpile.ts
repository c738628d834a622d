/**
 * TypeScript → the JavaScript program the sandbox runs for one exercise: the instructor's setup
 * cells + the student's exercise cell, wrapped as
 * `(async function (require, module, exports) { …; return { name: typeof name === "undefined" ? undefined : name } })`.
 * Imports become `require` calls (CommonJS); top-level `await` works inside the async wrapper.
 * The TypeScript compiler is loaded lazily (it is heavy); the sandbox child never loads it.
 */
import type * as TS from "typescript";

let tsModule: typeof TS | undefined;
/** The TypeScript compiler API (typescript 5.9), loaded on first use. */
export function typescript(): typeof TS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  tsModule ??= require("typescript") as typeof TS;
  return tsModule;
}

/** A built program, or syntax errors located in the student's cell or in a setup cell. */
export type BuildResult = { ok: true; js: string } | { ok: false; errors: string[] };

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Transpile setup cells + the exercise cell into the wrapped program. Never throws. */
export function buildProgram(setup: readonly string[], cell: string, defines: readonly string[]): BuildResult {
  const ts = typescript();
  const parts = [...setup, cell];
  // Line offsets so diagnostics point at the right cell.
  const starts: number[] = [];
  let line = 0;
  for (const p of parts) {
    starts.push(line);
    line += p.split("\n").length + 1; // the joining "\n;\n" adds one line
  }
  const source = parts.join("\n;\n");
  const out = ts.transpileModule(source, {
    fileName: "exercise.ts",
    reportDiagnostics: true,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      sourceMap: false,
      inlineSourceMap: false,
      removeComments: false,
    },
  });
  const errors: string[] = [];
  for (const d of out.diagnostics ?? []) {
    if (d.category !== ts.DiagnosticCategory.Error) continue;
    const msg = ts.flattenDiagnosticMessageText(d.messageText, "\n");
    if (d.file && d.start !== undefined) {
      const { line: l, character } = d.file.getLineAndCharacterOfPosition(d.start);
      let part = parts.length - 1;
      while (part > 0 && starts[part]! > l) part--;
      const rel = l - starts[part]! + 1;
      errors.push(part === parts.length - 1 ? `syntax error in your cell at line ${rel}, column ${character + 1}: ${msg}` : `syntax error in setup cell ${part + 1} at line ${rel}: ${msg}`);
    } else {
      errors.push(`syntax error: ${msg}`);
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const names = defines.filter((n) => IDENT.test(n));
  const ret = names.map((n) => `${JSON.stringify(n)}: typeof ${n} === "undefined" ? undefined : ${n}`).join(", ");
  const js = `(async function (require, module, exports) {\n${out.outputText}\n;return { ${ret} };\n})`;
  return { ok: true, js };
}
