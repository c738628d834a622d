#!/usr/bin/env python3
"""Validate every course notebook (design §3), through the real nbformat package.

Checks: the official nbformat schema (4.5, cell ids); kernelspec tslab / language typescript; no
outputs or execution counts committed; first cell is a Markdown title; exercise cells carry
metadata {"tags": ["exercise"], "exercise": {"id", "points", "defines"}} with ids of the form
wNNdNN-name that are unique across the course, followed by a check cell; notebook names follow
notebooks/wNN/dNN-slug.ipynb.

Usage: validate.py [notebook-or-folder ...]   (default: notebooks/). Exit 1 on any problem.
"""
import re
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[2]
NAME_RE = re.compile(r"^w\d{2}/d\d{2}-[a-z0-9]+(-[a-z0-9]+)*\.ipynb$")
EXERCISE_ID_RE = re.compile(r"^w\d{2}d\d{2}-[a-z0-9]+(-[a-z0-9]+)*$")
IDENT_RE = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")


def notebook_paths(args):
    targets = [Path(a) for a in args] or [ROOT / "notebooks"]
    for t in targets:
        if t.is_dir():
            yield from sorted(p for p in t.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)
        else:
            yield t


def check_notebook(path, seen_ids):
    problems = []
    try:
        nb = nbformat.read(path, as_version=nbformat.NO_CONVERT)
    except Exception as e:  # unreadable JSON or not a notebook at all
        return [f"cannot be read as a notebook: {e}"]
    if (nb.nbformat, nb.nbformat_minor) < (4, 5):
        problems.append(f"nbformat {nb.nbformat}.{nb.nbformat_minor}: the course uses 4.5 (cell ids)")
    try:
        nbformat.validate(nb)
    except nbformat.ValidationError as e:
        problems.append(f"schema: {e.message}")
    try:
        rel = path.resolve().relative_to(ROOT / "notebooks").as_posix()
        if not NAME_RE.match(rel):
            problems.append(f"name {rel!r} does not follow wNN/dNN-slug.ipynb")
    except ValueError:
        pass  # a notebook outside notebooks/ (fixtures): no naming rule
    ks = nb.metadata.get("kernelspec", {})
    if ks.get("name") != "tslab" or ks.get("language") != "typescript":
        problems.append(f"kernelspec must be tslab/typescript, got {ks.get('name')!r}/{ks.get('language')!r}")
    if not nb.cells or nb.cells[0].cell_type != "markdown" or not nb.cells[0].source.lstrip().startswith("# "):
        problems.append("first cell must be a Markdown cell starting with a '# ' title")
    for i, cell in enumerate(nb.cells):
        where = f"cell {i} ({cell.get('id', '?')})"
        if cell.cell_type == "code":
            if cell.get("outputs"):
                problems.append(f"{where}: outputs committed (clear them before committing)")
            if cell.get("execution_count") is not None:
                problems.append(f"{where}: execution_count committed (clear outputs)")
        tags = cell.get("metadata", {}).get("tags", [])
        meta = cell.get("metadata", {}).get("exercise")
        if "exercise" in tags or meta is not None:
            problems += check_exercise(nb, i, where, tags, meta, seen_ids, path)
    return problems


def check_exercise(nb, i, where, tags, meta, seen_ids, path):
    problems = []
    cell = nb.cells[i]
    if cell.cell_type != "code":
        return [f"{where}: exercise metadata on a {cell.cell_type} cell"]
    if "exercise" not in tags:
        problems.append(f"{where}: has exercise metadata but no 'exercise' tag")
    if not isinstance(meta, dict):
        return problems + [f"{where}: tagged exercise but metadata.exercise is missing"]
    ex_id, points, defines = meta.get("id"), meta.get("points"), meta.get("defines")
    if not isinstance(ex_id, str) or not EXERCISE_ID_RE.match(ex_id):
        problems.append(f"{where}: exercise id {ex_id!r} must look like w01d03-convolve")
    elif ex_id in seen_ids:
        problems.append(f"{where}: exercise id {ex_id!r} already used in {seen_ids[ex_id]}")
    else:
        seen_ids[ex_id] = str(path)
    if not isinstance(points, (int, float)) or isinstance(points, bool) or points <= 0:
        problems.append(f"{where}: points must be a positive number, got {points!r}")
    if not isinstance(defines, list) or not defines or not all(isinstance(d, str) and IDENT_RE.match(d) for d in defines):
        problems.append(f"{where}: defines must be a non-empty list of identifiers, got {defines!r}")
    elif not all(re.search(rf"\b{re.escape(d)}\b", cell.source) for d in defines):
        problems.append(f"{where}: the stub must declare {defines}")
    if "not implemented yet" not in cell.source:
        problems.append(f"{where}: the committed stub must throw a 'not implemented yet' error")
    nxt = nb.cells[i + 1] if i + 1 < len(nb.cells) else None
    if not (nxt is not None and nxt.cell_type == "code" and f'check("{ex_id}"' in nxt.source):
        problems.append(f'{where}: must be followed by a check cell calling check("{ex_id}", …)')
    return problems


def main(argv):
    seen_ids, failures, count = {}, 0, 0
    for path in notebook_paths(argv):
        count += 1
        problems = check_notebook(path, seen_ids)
        rel = path.resolve().relative_to(ROOT) if path.resolve().is_relative_to(ROOT) else path
        if problems:
            failures += 1
            print(f"✗ {rel}")
            for p in problems:
                print(f"    {p}")
    print(f"notebooks: {count - failures} valid, {failures} invalid, {len(seen_ids)} exercises")
    return 1 if failures or count == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
