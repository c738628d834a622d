#!/usr/bin/env python3
"""Execute course notebooks through the real tslab kernel with nbclient (design §2–3).

Each notebook runs top to bottom in its own kernel, with its folder as working directory, exactly
as in JupyterLab. Any cell error fails the run and shows the notebook, the cell and the error text
(tslab sends errors only on stderr, with an empty ename/evalue, so we collect them ourselves).
Prints seconds per notebook and the slowest ones at the end. Never writes to the notebooks.

Usage: execute.py [--jobs N] [--timeout S] [--save DIR] [notebook-or-folder ...]   (default: notebooks/)
"""
import argparse
import asyncio
import os
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

ROOT = Path(__file__).resolve().parents[2]
SLOW_SECONDS = 60  # issue budget per notebook in CI (QUICK mode)


def notebook_paths(args):
    targets = [Path(a) for a in args] or [ROOT / "notebooks"]
    for t in targets:
        if t.is_dir():
            yield from sorted(p for p in t.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)
        else:
            yield t


def stderr_text(cell):
    parts = []
    for out in cell.get("outputs", []):
        if out.get("output_type") == "stream" and out.get("name") == "stderr":
            parts.append(out.get("text", ""))
        elif out.get("output_type") == "error":
            parts.append(f"{out.get('ename', '')}: {out.get('evalue', '')}\n" + "\n".join(out.get("traceback", [])))
    # TensorFlow's INFO lines on stderr are not errors; keep them out of the report.
    lines = [l for l in "".join(parts).splitlines() if "I tensorflow/" not in l and "oneDNN custom operations" not in l]
    return "\n".join(lines).strip()


def describe_failure(path, nb, exc):
    index = next((i for i, c in enumerate(nb.cells) if c.cell_type == "code" and c.get("outputs") is not None
                  and any(o.get("name") == "stderr" or o.get("output_type") == "error" for o in c.get("outputs", []))
                  and getattr(exc, "cell_index", None) in (None, i)), None)
    index = getattr(exc, "cell_index", index)
    lines = [f"✗ {path}: {type(exc).__name__}"]
    if index is not None and 0 <= index < len(nb.cells):
        cell = nb.cells[index]
        lines.append(f"  in cell {index} (id {cell.get('id', '?')}):")
        lines += ["    │ " + l for l in cell.source.splitlines()[:25]]
        err = stderr_text(cell)
        if err:
            lines.append("  error:")
            lines += ["    " + l for l in err.splitlines()[-25:]]
    text = str(exc).strip()
    if text and not isinstance(exc, CellExecutionError):
        lines.append("  " + text.splitlines()[-1])
    return "\n".join(lines)


class Client(NotebookClient):
    """Remembers which cell failed, so the report can show it."""

    async def async_execute_cell(self, cell, cell_index, *args, **kwargs):
        try:
            return await super().async_execute_cell(cell, cell_index, *args, **kwargs)
        except Exception as e:
            e.cell_index = cell_index
            raise


async def run_one(path, timeout, save_dir, sem):
    async with sem:
        nb = nbformat.read(path, as_version=4)
        client = Client(nb, timeout=timeout, kernel_name="tslab", allow_errors=False,
                        resources={"metadata": {"path": str(path.parent)}}, startup_timeout=60)
        start = time.monotonic()
        error = None
        try:
            await client.async_execute()
        except (CellExecutionError, CellTimeoutError, DeadKernelError, RuntimeError) as e:
            error = describe_failure(path, nb, e)
        seconds = time.monotonic() - start
        if save_dir:
            out = Path(save_dir) / path.resolve().relative_to(ROOT)
            out.parent.mkdir(parents=True, exist_ok=True)
            nbformat.write(nb, out)
        rel = path.resolve().relative_to(ROOT) if path.resolve().is_relative_to(ROOT) else path
        mark = "✗" if error else ("!" if seconds > SLOW_SECONDS else "✓")
        print(f"{mark} {seconds:6.1f} s  {rel}", flush=True)
        if error:
            print(error, flush=True)
        return rel, seconds, error


async def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jobs", type=int, default=2, help="notebooks executed at once (default 2)")
    ap.add_argument("--timeout", type=int, default=300, help="seconds per cell before failing (default 300)")
    ap.add_argument("--save", help="write executed notebooks (with outputs) under this folder")
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args(argv)
    paths = list(notebook_paths(args.paths))
    if not paths:
        print("no notebooks found")
        return 1
    sem = asyncio.Semaphore(args.jobs)
    results = await asyncio.gather(*(run_one(p, args.timeout, args.save, sem) for p in paths))
    failed = [r for r in results if r[2]]
    slow = sorted(results, key=lambda r: -r[1])[:5]
    print("\nslowest notebooks:")
    for rel, seconds, _ in slow:
        print(f"  {seconds:6.1f} s  {rel}")
    over = [r for r in results if r[1] > SLOW_SECONDS]
    if over:
        print(f"{len(over)} notebook(s) over the {SLOW_SECONDS} s budget")
    print(f"notebooks: {len(results) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1:])))
