import { createDisplay, escapeHtml, inNotebook } from "./display";
import { checkInteger } from "../core/validate";

/** Options of {@link progressBar}. */
export interface ProgressBarOptions {
  /** Text before the bar. @default "" */
  label?: string;
  /** Minimum milliseconds between two redraws (updates in between are merged). @default 100 */
  intervalMs?: number;
  /** Where the terminal version writes (outside notebooks). @default process.stderr */
  stream?: NodeJS.WritableStream & { isTTY?: boolean };
}

/** A running progress bar. */
export interface ProgressBar {
  /** Set the number of finished steps (0…total) and an optional status text (e.g. "loss 0.31"). */
  update(done: number, text?: string): void;
  /** Advance by `steps` (default 1). */
  tick(steps?: number, text?: string): void;
  /** Draw the final state; later updates are ignored. */
  finish(text?: string): void;
}

function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return "?";
  if (s < 60) return `${s.toFixed(s < 10 ? 1 : 0)}s`;
  return `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, "0")}s`;
}

/**
 * A progress bar for long loops that redraws in place: an HTML bar in a notebook (one output area,
 * updated by display id), a `\r` line on a terminal, a line per 10% elsewhere (CI logs).
 * Shows done/total, percentage, elapsed time, ETA, rate and a status text.
 * @example const bar = progressBar(epochs, { label: "training" }); bar.tick(1, "loss 0.4"); bar.finish();
 */
export function progressBar(total: number, options: ProgressBarOptions = {}): ProgressBar {
  const { label = "", intervalMs = 100, stream = process.stderr } = options;
  checkInteger(total, "total", { min: 1 });
  const start = Date.now();
  const notebook = inNotebook();
  const display = notebook ? createDisplay() : undefined;
  let done = 0;
  let text = "";
  let lastDraw = 0;
  let lastDecile = -1;
  let finished = false;

  const render = (final: boolean): void => {
    const fraction = Math.min(1, done / total);
    const elapsed = (Date.now() - start) / 1000;
    const rate = done / Math.max(elapsed, 1e-9);
    const eta = done > 0 ? (total - done) / rate : Infinity;
    const stats = `${done}/${total} ${(fraction * 100).toFixed(0)}% · ${formatSeconds(elapsed)}${final ? "" : ` < ${formatSeconds(eta)}`} · ${rate >= 10 ? rate.toFixed(0) : rate.toFixed(2)}/s`;
    const cells = 30;
    const filled = Math.round(fraction * cells);
    const plain = `${label ? label + " " : ""}[${"█".repeat(filled)}${"·".repeat(cells - filled)}] ${stats}${text ? " · " + text : ""}`;
    if (display) {
      const html =
        `<div style="font-family:var(--jp-code-font-family,monospace);font-size:12px;display:flex;gap:8px;align-items:center">` +
        (label ? `<span>${escapeHtml(label)}</span>` : "") +
        `<progress value="${done}" max="${total}" style="width:240px"></progress>` +
        `<span>${escapeHtml(stats)}${text ? " · " + escapeHtml(text) : ""}</span></div>`;
      display.update({ "text/html": html, "text/plain": plain });
    } else if (stream.isTTY) {
      stream.write(`\r${plain}\x1b[K${final ? "\n" : ""}`);
    } else {
      const decile = Math.floor(fraction * 10);
      if (final || decile > lastDecile) {
        lastDecile = decile;
        stream.write(plain + "\n");
      }
    }
  };

  const bar: ProgressBar = {
    update(value: number, status?: string): void {
      if (finished) return;
      done = Math.max(0, Math.min(total, value));
      if (status !== undefined) text = status;
      const now = Date.now();
      if (now - lastDraw >= intervalMs || done === total) {
        lastDraw = now;
        render(false);
      }
    },
    tick(steps = 1, status?: string): void {
      bar.update(done + steps, status);
    },
    finish(status?: string): void {
      if (finished) return;
      if (status !== undefined) text = status;
      finished = true;
      render(true);
    },
  };
  render(false);
  return bar;
}
