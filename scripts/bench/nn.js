#!/usr/bin/env node
// `npm run bench:nn` — LeNet-5 training throughput on Fashion-MNIST (batch 64, Adam 1e-3) for every
// TensorFlow.js backend that loads here, our training loop beside tfjs's own (`model.fit`,
// `tf.train.adam`), and the same model in PyTorch on the CPU, in one run. Reports samples/s as the
// mean of epochs 2–3 (epoch 1 includes warm-up) and the ratio to PyTorch.
//
// Each variant runs in its own process (one backend per process, no interference).
// PyTorch lives in a dev-only venv, .cache/venv-bench (created on first use; PyPI's torch wheel
// needs its CUDA packages to import even on a CPU machine: ≈ 3–5 GB). Skip it with --no-torch.
//
// Options: --no-torch, --only=<substring>, --samples=<n> (default 10000), --epochs=<n> (default 3).
"use strict";
const { spawnSync, execFileSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "../..");
const args = process.argv.slice(2);
const flag = (name, dflt) => {
  const a = args.find((x) => x === `--${name}` || x.startsWith(`--${name}=`));
  if (a === undefined) return dflt;
  return a.includes("=") ? a.slice(a.indexOf("=") + 1) : true;
};

// ------------------------------------------------------------------------------------------------
// worker: node nn.js --worker VARIANT DATA COUNT EPOCHS TOTAL  (uses the first COUNT of the TOTAL
// samples in DATA; prints one JSON line at the end)
// ------------------------------------------------------------------------------------------------
async function worker(variant, dataPath, count, epochs, total) {
  const { nn } = require(path.join(ROOT, "lib/dist"));
  const tf = await nn.initBackend({ quiet: true });
  const raw = fs.readFileSync(dataPath);
  const dataset = {
    images: new Uint8Array(raw.buffer, raw.byteOffset, count * 784),
    labels: new Uint8Array(raw.buffer, raw.byteOffset + total * 784, count),
    count,
    width: 28,
    height: 28,
    classNames: ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
  };
  const data = nn.toTensors(dataset);
  const model = nn.createLenet5({ seed: 1 });
  const kind = variant.split(":")[1];
  const epochsOut = [];
  const cpuMarks = [];
  const cpuCb = { onEpochBegin: () => cpuMarks.push(process.cpuUsage()), onEpochEnd: (l) => { const u = process.cpuUsage(cpuMarks[cpuMarks.length - 1]); l.cpuUsPerSample = (u.user + u.system) / count; } };
  if (kind === "fit") {
    model.compile({ optimizer: tf.train.adam(1e-3), loss: "categoricalCrossentropy", metrics: ["accuracy"] });
    for (let e = 1; e <= epochs; e++) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      const h = await model.fit(data.xs, data.ys, { batchSize: 64, epochs: 1, shuffle: true, verbose: 0 });
      const sec = (performance.now() - t0) / 1000;
      const u = process.cpuUsage(c0);
      epochsOut.push({ epoch: e, samplesPerSecond: count / sec, cpuUsPerSample: (u.user + u.system) / count, loss: h.history.loss[0], accuracy: h.history.acc[0] });
    }
  } else {
    const optimizer = kind === "train-tfadam" ? tf.train.adam(1e-3) : "adam";
    const engine = kind === "train-tape" ? "tfjs" : "auto";
    const h = await nn.train(model, data, { epochs, batchSize: 64, optimizer, seed: 0, engine, callbacks: cpuCb });
    for (const e of h.epochs) epochsOut.push({ epoch: e.epoch, samplesPerSecond: e.samplesPerSecond, cpuUsPerSample: e.cpuUsPerSample, loss: e.loss, accuracy: e.accuracy, numTensors: e.numTensors });
  }
  const info = nn.backendInfo();
  console.log(JSON.stringify({ variant, backend: info.tfName, description: info.description, epochs: epochsOut }));
}

// ------------------------------------------------------------------------------------------------
// main
// ------------------------------------------------------------------------------------------------
const VARIANTS = [
  // [variant, label, samples cap (the pure-JS backends are slow: a few batches only), extra env]
  ["tensorflow:train", "tfjs-node · nn.train (native engine, fused Adam)", Infinity],
  ["tensorflow:train-tape", "tfjs-node · nn.train · engine tfjs (tape)", Infinity],
  ["tensorflow:train-tfadam", "tfjs-node · nn.train + tf.train.adam", Infinity],
  ["tensorflow:fit", "tfjs-node · model.fit", Infinity],
  ["tensorflow-gpu:train", "tfjs-node-gpu · nn.train", Infinity],
  ["wasm:train", "wasm · nn.train (expected to fail: no conv gradients in tfjs-backend-wasm 4.22)", 1280],
  ["cpu:train", "cpu (pure JS) · nn.train", 320],
];

function ensureTorch() {
  const venv = path.join(ROOT, ".cache/venv-bench");
  const py = path.join(venv, "bin/python");
  const ok = () => spawnSync(py, ["-c", "import torch, numpy"], { stdio: "ignore" }).status === 0;
  if (fs.existsSync(py) && ok()) return py;
  console.error("[bench:nn] installing PyTorch into .cache/venv-bench (first use; PyPI's wheel pulls its CUDA packages, ≈ 3–5 GB) …");
  if (!fs.existsSync(py)) execFileSync(process.env.PYTHON || "python3", ["-m", "venv", venv], { stdio: "inherit" });
  execFileSync(py, ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "torch", "numpy"], { stdio: "inherit" });
  return ok() ? py : undefined;
}

function mean23(epochs, key = "samplesPerSecond") {
  const later = epochs.filter((e) => e.epoch >= 2);
  const use = later.length > 0 ? later : epochs;
  return use.reduce((a, e) => a + e[key], 0) / use.length;
}

async function main() {
  const samples = Number(flag("samples", 10000));
  const epochs = Number(flag("epochs", 3));
  const only = flag("only", "");
  const { io } = require(path.join(ROOT, "lib/dist"));
  const fm = io.loadFashionMnist({ split: "train", limit: samples });
  const dataPath = path.join(os.tmpdir(), `cvr-bench-nn-${process.pid}.bin`);
  fs.writeFileSync(dataPath, Buffer.concat([Buffer.from(fm.images.buffer, fm.images.byteOffset, fm.images.length), Buffer.from(fm.labels)]));
  const rows = [];
  console.log(`LeNet-5 on Fashion-MNIST (${fm.source}, ${fm.count} training images), batch 64, Adam 1e-3, ${epochs} epochs; ` + `${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}`);
  try {
    for (const [variant, label, cap, extraEnv = {}] of VARIANTS) {
      if (only && !label.includes(only) && !variant.includes(only)) continue;
      const count = Math.min(fm.count, cap);
      const backend = variant.split(":")[0];
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [__filename, "--worker", variant, dataPath, String(count), String(epochs), String(fm.count)], {
        env: { ...process.env, CVR_TF_BACKEND: backend, ...extraEnv },
        encoding: "utf8",
        maxBuffer: 64 << 20,
      });
      const line = (r.stdout || "").trim().split("\n").pop() || "";
      let res;
      try {
        res = JSON.parse(line);
      } catch {
        const err = r.stderr || "";
        const why = (err.match(/no TensorFlow.js backend could be loaded \(([^)]*)\)/) || [])[1] || (err.match(/^\w*Error: (.*)$/m) || [])[1] || err.trim().split("\n").pop();
        rows.push({ label, skipped: `not available: ${(why || `exit ${r.status}`).slice(0, 90)}` });
        continue;
      }
      rows.push({ label, count, sps: mean23(res.epochs), cpu: mean23(res.epochs, "cpuUsPerSample"), last: res.epochs[res.epochs.length - 1], note: res.description, wall: (performance.now() - t0) / 1000 });
      console.error(`[bench:nn] ${label}: ${rows[rows.length - 1].sps.toFixed(0)} samples/s`);
    }
    if (!flag("no-torch", false) && (!only || "pytorch".includes(only.toLowerCase()))) {
      const py = ensureTorch();
      if (!py) rows.push({ label: "PyTorch CPU", skipped: "could not install torch into .cache/venv-bench" });
      else {
        // default threads (= cores, the anchor for the ratio) and 1 thread (OpenMP's spin-waits make
        // multi-threaded PyTorch collapse when other processes compete for the cores)
        for (const threads of [undefined, "1"]) {
          const r = spawnSync(py, [path.join(__dirname, "nn_torch.py"), dataPath, String(fm.count), String(epochs), ...(threads ? [threads] : [])], { encoding: "utf8" });
          const res = JSON.parse((r.stdout || "").trim().split("\n").pop() || "null");
          if (!res) rows.push({ label: "PyTorch CPU", skipped: (r.stderr || "").trim().split("\n").pop() });
          else rows.push({ label: `${res.name} · ${res.threads} thread${res.threads > 1 ? "s" : ""}`, count: fm.count, sps: mean23(res.epochs), cpu: mean23(res.epochs, "cpuUsPerSample"), last: res.epochs[res.epochs.length - 1], torch: !threads });
          console.error(`[bench:nn] ${rows[rows.length - 1].label}: ${(rows[rows.length - 1].sps || 0).toFixed(0)} samples/s`);
        }
      }
    }
  } finally {
    fs.rmSync(dataPath, { force: true });
  }
  // the anchor: the faster PyTorch row (multi-threaded PyTorch collapses on a busy machine)
  const torch = rows.filter((r) => r.label.startsWith("PyTorch") && !r.skipped).sort((a, b) => b.sps - a.sps)[0];
  const table = [["variant", "samples/epoch", "samples/s (ep 2–3)", "× PyTorch", "CPU µs/sample", "loss / acc (last epoch)"]];
  for (const r of rows) {
    if (r.skipped) table.push([r.label, "—", "—", "", "", r.skipped]);
    else table.push([r.label, String(r.count), r.sps.toFixed(0), torch ? (r.sps / torch.sps).toFixed(2) + "×" : "n/a", r.cpu ? r.cpu.toFixed(0) : "", `${r.last.loss.toFixed(3)} / ${r.last.accuracy.toFixed(3)}`]);
  }
  // the last column's width ignores the long "not available: …" reasons (they end the line)
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => (i === row.length - 1 && row[i].startsWith("not") ? 0 : row[i].length))));
  for (const [i, row] of table.entries()) {
    console.log(row.map((c, j) => (j === 0 || (j === row.length - 1 && c.startsWith("not")) ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join("  ").trimEnd());
    if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  }
  const native = rows.find((r) => r.label.startsWith("tfjs-node ·") && !r.skipped);
  if (native) console.log(`backend: ${native.note}`);
  const load = os.loadavg()[0];
  if (load > os.cpus().length * 0.75) console.log(`note: load average ${load.toFixed(1)} on ${os.cpus().length} cores — other processes share the CPU; wall-clock ratios are unreliable (multi-threaded PyTorch suffers most). CPU µs/sample is the steadier comparison.`);
}

if (args[0] === "--worker") {
  worker(args[1], args[2], Number(args[3]), Number(args[4]), Number(args[5])).catch((e) => {
    console.error(e && e.stack ? e.stack : String(e));
    process.exit(1);
  });
} else {
  main().catch((e) => {
    console.error(e && e.stack ? e.stack : String(e));
    process.exit(1);
  });
}
