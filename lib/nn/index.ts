export * from "./backend";
export * from "./seed";
export * from "./summary";
export * from "./toTensors";
export { batches, permutation, type Batch, type BatchesOptions } from "./batches";
export * from "./loadImageFolder";
export * from "./softmaxCrossEntropy";
export * from "./train";
export * from "./models/lenet5";
