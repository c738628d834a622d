"""PyTorch anchor for `npm run bench:nn`: LeNet-5 on the same Fashion-MNIST bytes, batch 64, Adam.

Usage: python nn_torch.py DATA.bin COUNT EPOCHS [THREADS]  (DATA.bin = COUNT×784 image bytes then COUNT labels)
Prints one JSON line: {"name", "threads", "epochs": [{"epoch", "samplesPerSecond", "loss", "accuracy"}]}.
"""
import json
import sys
import time

import numpy as np
import torch
from torch import nn

path, count, epochs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
if len(sys.argv) > 4:
    torch.set_num_threads(int(sys.argv[4]))
raw = np.fromfile(path, dtype=np.uint8)
x = torch.from_numpy(raw[: count * 784].reshape(count, 1, 28, 28).astype(np.float32) / 255.0)
y = torch.from_numpy(raw[count * 784 : count * 785].astype(np.int64))
torch.manual_seed(0)
model = nn.Sequential(
    nn.Conv2d(1, 6, 5, padding=2), nn.ReLU(), nn.AvgPool2d(2),
    nn.Conv2d(6, 16, 5), nn.ReLU(), nn.AvgPool2d(2),
    nn.Flatten(), nn.Linear(400, 120), nn.ReLU(), nn.Linear(120, 84), nn.ReLU(), nn.Linear(84, 10),
)
opt = torch.optim.Adam(model.parameters(), lr=1e-3, eps=1e-7)
loss_fn = nn.CrossEntropyLoss()
g = torch.Generator().manual_seed(0)
out = []
for epoch in range(1, epochs + 1):
    start, cpu0 = time.perf_counter(), time.process_time()
    perm = torch.randperm(count, generator=g)
    loss_sum, correct = 0.0, 0
    for i in range(0, count, 64):
        idx = perm[i : i + 64]
        xb, yb = x[idx], y[idx]
        opt.zero_grad(set_to_none=True)
        logits = model(xb)
        loss = loss_fn(logits, yb)
        loss.backward()
        opt.step()
        loss_sum += loss.item() * len(idx)
        correct += (logits.argmax(1) == yb).sum().item()
    sec, cpu = time.perf_counter() - start, time.process_time() - cpu0
    out.append({"epoch": epoch, "samplesPerSecond": count / sec, "cpuUsPerSample": cpu / count * 1e6, "loss": loss_sum / count, "accuracy": correct / count})
print(json.dumps({"name": f"PyTorch {torch.__version__.split('+')[0]} CPU", "threads": torch.get_num_threads(), "epochs": out}))
