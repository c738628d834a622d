import { liveChart } from "./liveChart";
import { progressBar, type ProgressBar } from "./progressBar";
import type { BatchLogs, EpochLogs, TrainBeginInfo, TrainCallbacks } from "../nn/train";

/** Options of {@link trainingProgress}. */
export interface TrainingProgressOptions {
  /** Title of the chart and label of the bar. @default "training" */
  title?: string;
  /** Draw the loss/accuracy chart (per epoch; validation series when there is validation data). @default true */
  chart?: boolean;
}

/**
 * Callbacks for `nn.train` that show a progress bar over all batches (loss, accuracy, samples/s)
 * and a live loss/accuracy chart per epoch — one line in a notebook:
 * `await nn.train(model, data, { epochs: 3, callbacks: viz.trainingProgress() })`.
 * @example const history = await nn.train(model, train, { callbacks: viz.trainingProgress({ title: "LeNet-5" }) });
 */
export function trainingProgress(options: TrainingProgressOptions = {}): TrainCallbacks {
  const { title = "training", chart: withChart = true } = options;
  let bar: ProgressBar | undefined;
  let batchesPerEpoch = 1;
  const chart = withChart ? liveChart({ title, xLabel: "epoch", intervalMs: 0 }) : undefined;
  return {
    onTrainBegin(info: TrainBeginInfo): void {
      batchesPerEpoch = info.batchesPerEpoch;
      bar = progressBar(Math.max(1, info.epochs * info.batchesPerEpoch), { label: `${title} (${info.backend}, ${info.engine} gradients)` });
    },
    onBatchEnd(logs: BatchLogs): void {
      bar?.update(
        (logs.epoch - 1) * batchesPerEpoch + logs.batch,
        `epoch ${logs.epoch} · loss ${logs.loss.toFixed(3)} · acc ${logs.accuracy.toFixed(3)} · ${Math.round(logs.samplesPerSecond)} samples/s`,
      );
    },
    onEpochEnd(logs: EpochLogs): void {
      const values: Record<string, number> = { loss: logs.loss, accuracy: logs.accuracy };
      if (logs.valLoss !== undefined) values["val loss"] = logs.valLoss;
      if (logs.valAccuracy !== undefined) values["val accuracy"] = logs.valAccuracy;
      chart?.push(logs.epoch, values);
    },
    onTrainEnd(): void {
      bar?.finish();
      chart?.finish();
    },
  };
}
