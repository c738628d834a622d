/**
 * Where rich output goes. Inside a tslab kernel, MIME bundles are sent as Jupyter `display_data`
 * (several MIME types at once, so every front end finds one it can render, and updatable in
 * place by display id). Anywhere else (a script, jest, the grader sandbox) the bundle's
 * `text/plain` is printed instead, so library code can call viz without knowing where it runs.
 */
import { randomBytes } from "node:crypto";

/** MIME type → payload: strings, base64 for binary, objects for JSON types. */
export type MimeBundle = Record<string, unknown>;

interface TslabJupyter {
  lastWriteDisplayData: ((data: { data: MimeBundle; metadata: object; transient: { display_id?: string } }, update: boolean) => void) | null;
}

let tslabJupyter: TslabJupyter | null | undefined;

function kernel(): TslabJupyter | null {
  if (tslabJupyter === undefined) {
    try {
      // tslab's kernel module: the same instance the running kernel uses (one node_modules/tslab).
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      tslabJupyter = require("tslab/dist/jupyter") as TslabJupyter;
    } catch {
      tslabJupyter = null;
    }
  }
  return tslabJupyter?.lastWriteDisplayData ? tslabJupyter : null;
}

/** Whether output reaches a notebook front end (a tslab kernel executing a cell). */
export function inNotebook(): boolean {
  return kernel() !== null;
}

function write(bundle: MimeBundle, displayId: string | undefined, update: boolean): void {
  const k = kernel();
  if (k) {
    k.lastWriteDisplayData!({ data: bundle, metadata: {}, transient: displayId ? { display_id: displayId } : {} }, update);
  } else if (typeof bundle["text/plain"] === "string") {
    console.log(bundle["text/plain"]);
  }
}

/**
 * Show a MIME bundle once. Always include `text/plain` as the last-resort fallback.
 * @example displayBundle({ "text/html": "<b>hi</b>", "text/plain": "hi" });
 */
export function displayBundle(bundle: MimeBundle): void {
  write(bundle, undefined, false);
}

/** An output area that can be replaced in place (progress bars, live charts). */
export interface DisplayHandle {
  /** Replace the shown content (the first call shows it). */
  update(bundle: MimeBundle): void;
}

/**
 * A display that updates in place: the first `update` shows, later ones replace it.
 * Outside a notebook, only the first and the last `text/plain` of a burst are printed by callers
 * that choose to (see progressBar); `update` itself prints every time.
 * @example const d = createDisplay(); d.update({ "text/plain": "50%" });
 */
export function createDisplay(): DisplayHandle {
  const id = randomBytes(8).toString("hex");
  let shown = false;
  return {
    update(bundle: MimeBundle): void {
      write(bundle, id, shown);
      shown = true;
    },
  };
}

/** Escape text for HTML/SVG. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}
