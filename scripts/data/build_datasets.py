#!/usr/bin/env python3
"""Build the repository's bundled data (datasets/) from Debian packages.

Dev tooling only: the course never runs this. It is re-runnable and deterministic: run it again
and datasets/ is rewritten byte for byte (given the same package versions and zlib).

    .venv/bin/python scripts/data/build_datasets.py            # downloads the .debs if missing
    .venv/bin/python scripts/data/build_datasets.py --work /tmp/cvr-data-build

What it does
  1. `apt-get download` the pinned Debian bookworm packages below into the work folder (skipped when
     the .deb files are already there) and `dpkg -x` them there. Nothing is installed system-wide.
  2. datasets/images/: scikit-image sample PNGs copied byte for byte (their SHA-256 is checked
     against scikit-image's own data registry first); the raccoon decoded from SciPy's
     `scipy/misc/face.dat` (bz2 of raw 768×1024×3 uint8) and written as PNG; horse.png converted
     from the RGBA drawing to the binary grey mask `skimage.data.horse()` returns;
     hubble_deep_field kept as the original JPEG (as PNG it is 1.69 MB, over the 1.5 MB budget).
  3. datasets/faces/lfw_subset.f32 + .json: skimage's lfw_subset.npy (200×25×25 float64 in
     [0, 1]: 100 faces, then 100 non-faces) as little-endian float32.
  4. datasets/fashion-mnist/: a balanced, seeded subset of Fashion-MNIST in the original IDX gzip
     format (see SUBSET RULE below) and subset.json with the chosen original indices.
  5. datasets/manifest.json (every file: SHA-256, size, shape, source, licence) and
     datasets/LICENSES.md, both generated from the table in this script.

SUBSET RULE (Fashion-MNIST): for each split (train: 1,000 per class; test: 200 per class) and each
class c, take the original indices i whose label is c, sort them by the hex string
sha256(f"{SEED}:{split}:{i}") and keep the first n; the kept indices of all classes are then sorted
ascending, so the subset keeps the original order. SEED = "cv-roadmap-fashion-mnist-v1".
The rule needs no random-number generator, so any language can reproduce it.
"""
from __future__ import annotations

import argparse
import bz2
import gzip
import hashlib
import json
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "datasets"

PACKAGES = {
    "python3-scipy": "1.10.1-2",
    "python3-skimage": "0.19.3-8",
    "dataset-fashion-mnist": "0.0~git20200523.55506a9-1",
}
SKIMAGE_DATA = "usr/lib/python3/dist-packages/skimage/data"
SCIPY_FACE = "usr/lib/python3/dist-packages/scipy/misc/face.dat"
FASHION_DIR = "usr/share/datasets/fashion-mnist"

SEED = "cv-roadmap-fashion-mnist-v1"
FASHION_PER_CLASS = {"train": 1000, "test": 200}
FASHION_FILES = {"train": "train", "test": "t10k"}
FASHION_CLASSES = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]

SKIMAGE_BSD = "BSD-3-Clause (scikit-image package licence; no per-image statement in skimage 0.19.3)"
SKI = "Debian python3-skimage 0.19.3-8"
MIDDLEBURY = ("No formal licence stated; Middlebury publishes the data for research and asks users to cite "
              "[Scharstein et al. 2014]; redistributed by scikit-image")

# name → (output file, source file in the package root, how it is made, licence, credit)
IMAGES: dict[str, dict[str, str]] = {
    "raccoon": dict(file="raccoon.png", pkg="Debian python3-scipy 1.10.1-2", src=SCIPY_FACE, make="face",
                    licence="BSD-3-Clause (SciPy); the photo is public domain",
                    credit="SciPy `scipy.misc.face()`: raccoon-procyon-lotor.jpg from public-domain-image.com"),
    "camera": dict(file="camera.png", src="camera.png", licence="CC0", credit="Lav Varshney (photographer), via scikit-image"),
    "coins": dict(file="coins.png", src="coins.png", licence="No known copyright restrictions",
                  credit="Greek coins from Pompeii, Brooklyn Museum Collection, via scikit-image"),
    "coffee": dict(file="coffee.png", src="coffee.png", licence="CC0",
                   credit="Rachel Michetti (photographer), courtesy of Pikolo Espresso Bar, via scikit-image"),
    "chelsea": dict(file="chelsea.png", src="chelsea.png", licence="CC0", credit="Stefan van der Walt (photographer), via scikit-image"),
    "astronaut": dict(file="astronaut.png", src="astronaut.png", licence="Public domain (NASA)",
                      credit="Eileen Collins, NASA Great Images database (https://flic.kr/p/r9qvLn), via scikit-image"),
    "page": dict(file="page.png", src="page.png", licence=SKIMAGE_BSD, credit="scikit-image sample data (scanned page)"),
    "text": dict(file="text.png", src="text.png", licence="Public domain (no known copyright restrictions)",
                 credit="Wikipedia File:Corner.png, via scikit-image"),
    "horse": dict(file="horse.png", src="horse.png", make="horse", licence="CC0",
                  credit="Andreas Preuss (marauder), openclipart.org/detail/158377, via scikit-image"),
    "moon": dict(file="moon.png", src="moon.png", licence=SKIMAGE_BSD, credit="scikit-image sample data (surface of the moon)"),
    "hubble_deep_field": dict(file="hubble_deep_field.jpg", src="hubble_deep_field.jpg", licence="Public domain (NASA media guidelines)",
                              credit="NASA / HubbleSite, Hubble eXtreme Deep Field (2012 release 37), via scikit-image"),
    "brick": dict(file="brick.png", src="brick.png", licence="CC0", credit="CC0Textures Bricks25 (perspective-corrected, cropped by scikit-image)"),
    "grass": dict(file="grass.png", src="grass.png", licence="CC0", credit="linolafett, DeviantArt Grass-01-434853879 (cropped, grey, by scikit-image)"),
    "gravel": dict(file="gravel.png", src="gravel.png", licence="CC0", credit="CC0Textures Gravel04 (rescaled, cropped, grey, by scikit-image)"),
    "motorcycle_left": dict(file="motorcycle_left.png", src="motorcycle_left.png", licence=MIDDLEBURY,
                            credit="N. Nesic, P. Westling, X. Wang, Y. Kitajima, G. Krathwohl, D. Scharstein, Middlebury College; ÷4 by scikit-image"),
    "motorcycle_right": dict(file="motorcycle_right.png", src="motorcycle_right.png", licence=MIDDLEBURY,
                             credit="N. Nesic, P. Westling, X. Wang, Y. Kitajima, G. Krathwohl, D. Scharstein, Middlebury College; ÷4 by scikit-image"),
    "chessboard": dict(file="chessboard.png", src="chessboard_GRAY.png", licence=SKIMAGE_BSD, credit="scikit-image sample data (`skimage.data.checkerboard()`)"),
}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fetch_packages(work: Path) -> Path:
    """Download (if missing) and unpack the pinned .debs; return the unpacked root."""
    debs = work / "debs"
    root = work / "root"
    debs.mkdir(parents=True, exist_ok=True)
    for pkg, version in PACKAGES.items():
        pattern = f"{pkg}_{version.replace(':', '%3a')}_*.deb"
        if not list(debs.glob(pattern)):
            print(f"apt-get download {pkg}={version}", file=sys.stderr)
            subprocess.run(["apt-get", "download", f"{pkg}={version}"], cwd=debs, check=True)
        (deb,) = debs.glob(pattern)
        subprocess.run(["dpkg", "-x", str(deb), str(root)], check=True)
    return root


def skimage_registry(root: Path) -> dict[str, str]:
    text = (root / SKIMAGE_DATA / "_registry.py").read_text()
    ns: dict = {}
    exec(compile(text, "_registry.py", "exec"), ns)  # the file only assigns dict literals
    return ns["registry"]


def write_png(path: Path, rgb_or_grey: np.ndarray) -> None:
    arr = rgb_or_grey if rgb_or_grey.ndim == 2 else rgb_or_grey[:, :, ::-1]  # OpenCV writes BGR
    ok, buf = cv2.imencode(".png", np.ascontiguousarray(arr), [cv2.IMWRITE_PNG_COMPRESSION, 9])
    assert ok
    path.write_bytes(buf.tobytes())


def build_images(root: Path, out: Path) -> list[dict]:
    out.mkdir(parents=True, exist_ok=True)
    registry = skimage_registry(root)
    entries = []
    for name, info in IMAGES.items():
        dest = out / info["file"]
        make = info.get("make", "copy")
        if make == "face":
            src = root / info["src"]
            face = np.frombuffer(bz2.decompress(src.read_bytes()), dtype=np.uint8).reshape(768, 1024, 3)
            write_png(dest, face)
            how = "decoded from bz2 raw uint8 768×1024×3 (as scipy.misc.face()) and written as PNG"
        else:
            src = root / SKIMAGE_DATA / info["src"]
            expected = registry["data/" + info["src"]]
            if sha256(src) != expected:
                raise SystemExit(f"{src}: SHA-256 differs from scikit-image's registry")
            if make == "horse":
                rgba = cv2.imread(str(src), cv2.IMREAD_UNCHANGED)[:, :, [2, 1, 0, 3]].astype(np.float64) / 255
                # as skimage.data.horse(): rgba2rgb on white, rgb2gray (Rec. 709 weights), img_as_bool (> 0.5)
                alpha = rgba[:, :, 3:4]
                rgb = rgba[:, :, :3] * alpha + (1 - alpha)
                grey = rgb @ np.array([0.2125, 0.7154, 0.0721])
                write_png(dest, np.where(grey > 0.5, 255, 0).astype(np.uint8))
                how = "RGBA drawing composited on white, Rec. 709 grey, thresholded at 0.5 (as skimage.data.horse()): 0 = horse, 255 = background"
            else:
                shutil.copyfile(src, dest)
                how = "copied byte for byte (SHA-256 equals scikit-image's registry)"
                if dest.suffix == ".jpg":
                    how += "; kept as JPEG: as PNG it would be 1.69 MB, over the 1.5 MB budget, and add no information"
        img = cv2.imread(str(dest), cv2.IMREAD_UNCHANGED)
        h, w = img.shape[:2]
        channels = 1 if img.ndim == 2 else img.shape[2]
        entries.append(dict(name=name, path=f"images/{info['file']}", sha256=sha256(dest), bytes=dest.stat().st_size,
                            width=w, height=h, channels=channels, source=f"{info.get('pkg', SKI)}: {info['src'] if make == 'face' else SKIMAGE_DATA + '/' + info['src']}",
                            made=how, licence=info["licence"], credit=info["credit"]))
    return entries


def build_lfw(root: Path, out: Path) -> list[dict]:
    out.mkdir(parents=True, exist_ok=True)
    src = root / SKIMAGE_DATA / "lfw_subset.npy"
    if sha256(src) != skimage_registry(root)["data/lfw_subset.npy"]:
        raise SystemExit(f"{src}: SHA-256 differs from scikit-image's registry")
    a = np.load(src)
    assert a.shape == (200, 25, 25) and a.dtype == np.float64 and a.min() >= 0 and a.max() <= 1, (a.shape, a.dtype)
    raw = out / "lfw_subset.f32"
    raw.write_bytes(a.astype("<f4").tobytes())
    meta = dict(
        description="scikit-image lfw_subset: 200 grey 25×25 crops, values in [0, 1]; the first 100 are faces, the next 100 non-faces",
        file="lfw_subset.f32", dtype="float32", byteOrder="little", count=200, width=25, height=25,
        labels=[1] * 100 + [0] * 100, labelNames=["non-face", "face"],
        source=f"{SKI}: {SKIMAGE_DATA}/lfw_subset.npy (float64, sha256 {sha256(src)})",
    )
    (out / "lfw_subset.json").write_text(json.dumps(meta, indent=1) + "\n")
    common = dict(source=meta["source"], licence="LFW: research use (no formal licence); see LICENSES.md",
                  credit="Huang, Mattar, Lee, Learned-Miller (UMass Amherst), Labeled Faces in the Wild; crops by scikit-image")
    return [dict(path="faces/lfw_subset.f32", sha256=sha256(raw), bytes=raw.stat().st_size, made="float64 → little-endian float32 (200×25×25)", **common),
            dict(path="faces/lfw_subset.json", sha256=sha256(out / "lfw_subset.json"), bytes=(out / "lfw_subset.json").stat().st_size,
                 made="metadata: shape, dtype, labels (1 = face)", **common)]


def read_idx(path: Path) -> np.ndarray:
    data = gzip.decompress(path.read_bytes())
    zero, dtype, ndim = struct.unpack(">HBB", data[:4])
    assert zero == 0 and dtype == 0x08, "expected unsigned-byte IDX"
    dims = struct.unpack(">" + "I" * ndim, data[4:4 + 4 * ndim])
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * ndim).reshape(dims)


def write_idx(path: Path, arr: np.ndarray) -> None:
    header = struct.pack(">HBB", 0, 0x08, arr.ndim) + struct.pack(">" + "I" * arr.ndim, *arr.shape)
    path.write_bytes(gzip.compress(header + np.ascontiguousarray(arr, dtype=np.uint8).tobytes(), compresslevel=9, mtime=0))


def choose_subset(labels: np.ndarray, split: str, per_class: int) -> np.ndarray:
    chosen: list[int] = []
    for c in range(10):
        idx = np.flatnonzero(labels == c).tolist()
        idx.sort(key=lambda i: hashlib.sha256(f"{SEED}:{split}:{i}".encode()).hexdigest())
        assert len(idx) >= per_class
        chosen += idx[:per_class]
    return np.array(sorted(chosen), dtype=np.int64)


def build_fashion(root: Path, out: Path) -> list[dict]:
    out.mkdir(parents=True, exist_ok=True)
    src_dir = root / FASHION_DIR
    entries, subset = [], dict(rule=__doc__.split("SUBSET RULE (Fashion-MNIST): ")[1].split("\n\n")[0].replace("\n", " "),
                               seed=SEED, classNames=FASHION_CLASSES)
    for split, prefix in FASHION_FILES.items():
        images = read_idx(src_dir / f"{prefix}-images-idx3-ubyte.gz")
        labels = read_idx(src_dir / f"{prefix}-labels-idx1-ubyte.gz")
        sel = choose_subset(labels, split, FASHION_PER_CLASS[split])
        assert np.all(np.bincount(labels[sel], minlength=10) == FASHION_PER_CLASS[split])
        subset[f"{split}Indices"] = sel.tolist()
        for kind, arr in (("images-idx3", images[sel]), ("labels-idx1", labels[sel])):
            name = f"{prefix}-{kind}-ubyte.gz"
            write_idx(out / name, arr)
            entries.append(dict(path=f"fashion-mnist/{name}", sha256=sha256(out / name), bytes=(out / name).stat().st_size,
                                shape=list(arr.shape), source=f"Debian dataset-fashion-mnist {PACKAGES['dataset-fashion-mnist']}: /{FASHION_DIR}/{name}",
                                made=f"balanced subset: {FASHION_PER_CLASS[split]} per class, seeded rule (subset.json)",
                                licence="MIT", credit="Zalando SE (Han Xiao, Kashif Rasul, Roland Vollgraf), 2017"))
    (out / "subset.json").write_text(json.dumps(subset, separators=(",", ":")) + "\n")
    entries.append(dict(path="fashion-mnist/subset.json", sha256=sha256(out / "subset.json"), bytes=(out / "subset.json").stat().st_size,
                        source="this script", made="the subset rule, seed and chosen original indices", licence="MIT", credit="Zalando SE; this repository"))
    return entries


LICENCE_HEADER = """# Licences and sources of the bundled data

Generated by `scripts/data/build_datasets.py` (do not edit by hand: edit the table in the script and
re-run it). Every file under `datasets/` is listed with its source (Debian package, version, path
inside the package), what was done to it, its licence and the credit its authors asked for.
SHA-256 hashes are in `manifest.json`; `lib/io` checks them when it first reads a file.

Debian packages (bookworm): python3-scipy 1.10.1-2, python3-skimage 0.19.3-8,
dataset-fashion-mnist 0.0~git20200523.55506a9-1 (fetched with `apt-get download`, unpacked with
`dpkg -x`, never installed).

"""

LICENCE_NOTES = """
## Notes on the licences

- **scikit-image sample images.** Per-image statements are quoted from the docstrings of
  `skimage/data/_fetchers.py` (scikit-image 0.19.3). Where a docstring states nothing (page, moon,
  chessboard) the file is distributed as part of scikit-image under its BSD-3-Clause licence
  (Debian's copyright file: `Files: *`, © 2009–2018 the scikit-image team). Copyright notice:

  > Copyright (C) 2019, the scikit-image team. All rights reserved. Redistribution and use in
  > source and binary forms, with or without modification, are permitted provided that the
  > conditions of the BSD 3-Clause licence are met (see scikit-image's LICENSE.txt).

- **Raccoon.** `scipy/misc/face.dat` from SciPy 1.10.1 (BSD-3-Clause, © SciPy Developers); SciPy's
  docstring credits the photo "raccoon-procyon-lotor.jpg at http://www.public-domain-image.com".
- **Middlebury motorcycle pair.** D. Scharstein, H. Hirschmüller, Y. Kitajima, G. Krathwohl,
  N. Nesic, X. Wang, P. Westling. *High-resolution stereo datasets with subpixel-accurate ground
  truth.* GCPR 2014. Down-sampled ×¼ by scikit-image. Cite the paper when you use the images.
- **LFW subset.** Faces and background crops from *Labeled Faces in the Wild* (G. B. Huang,
  M. Ramesh, T. Berg, E. Learned-Miller, UMass Amherst, 2007; http://vis-www.cs.umass.edu/lfw/),
  selected and resized to 25×25 by scikit-image (see Huang, Mattar, Lee & Learned-Miller, *Learning
  to align from scratch*, NIPS 2012). LFW carries no formal licence: its images are news photos
  collected from the web and the database is offered for research; use it for teaching and
  research only and cite the LFW technical report.
- **Fashion-MNIST.** © 2017 Zalando SE, MIT licence (https://github.com/zalandoresearch/fashion-mnist):

  > Permission is hereby granted, free of charge, to any person obtaining a copy of this software
  > and associated documentation files (the "Software"), to deal in the Software without
  > restriction, including without limitation the rights to use, copy, modify, merge, publish,
  > distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
  > Software is furnished to do so, subject to the following conditions: The above copyright
  > notice and this permission notice shall be included in all copies or substantial portions of
  > the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.

  Cite: H. Xiao, K. Rasul, R. Vollgraf. *Fashion-MNIST: a Novel Image Dataset for Benchmarking
  Machine Learning Algorithms.* arXiv:1708.07747, 2017.
"""


def write_licences(entries: list[dict]) -> None:
    lines = [LICENCE_HEADER, "| file | source | made | licence | credit |", "|---|---|---|---|---|"]
    for e in entries:
        lines.append(f"| `{e['path']}` | {e['source']} | {e['made']} | {e['licence']} | {e['credit']} |")
    (OUT / "LICENSES.md").write_text("\n".join(lines) + "\n" + LICENCE_NOTES)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--work", type=Path, default=Path("/tmp/cvr-data-build"), help="download/unpack folder")
    args = ap.parse_args()
    root = fetch_packages(args.work)
    entries = build_images(root, OUT / "images") + build_lfw(root, OUT / "faces") + build_fashion(root, OUT / "fashion-mnist")
    manifest = dict(generatedBy="scripts/data/build_datasets.py", packages=PACKAGES, files=entries)
    (OUT / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n")
    write_licences(entries)
    total = sum(e["bytes"] for e in entries)
    print(f"wrote {len(entries)} files, {total / 1e6:.1f} MB, under {OUT}")


if __name__ == "__main__":
    main()
