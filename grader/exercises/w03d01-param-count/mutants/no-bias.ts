// mutant: forgets the biases (one per filter / unit)
type LayerSpec =
  | { type: "conv2d"; filters: number; kernelSize: number; strides?: number; padding?: "valid" | "same"; useBias?: boolean }
  | { type: "maxPooling2d"; poolSize: number; strides?: number }
  | { type: "flatten" }
  | { type: "dense"; units: number; useBias?: boolean };

function countParams(inputShape: [number, number, number], layers: LayerSpec[]): number[] {
  let shape: number[] = [...inputShape]; // the current activation shape, without the batch axis
  const counts: number[] = [];
  for (const layer of layers) {
    if (layer.type === "conv2d") {
      const [h, w, c] = shape;
      const s = layer.strides ?? 1, k = layer.kernelSize;
      const size = (n: number) => (layer.padding === "same" ? Math.ceil(n / s) : Math.floor((n - k) / s) + 1);
      counts.push(k * k * c * layer.filters);
      shape = [size(h), size(w), layer.filters];
    } else if (layer.type === "maxPooling2d") {
      const p = layer.poolSize, s = layer.strides ?? p;
      counts.push(0);
      shape = [Math.floor((shape[0] - p) / s) + 1, Math.floor((shape[1] - p) / s) + 1, shape[2]];
    } else if (layer.type === "flatten") {
      counts.push(0);
      shape = [shape.reduce((a, b) => a * b, 1)];
    } else {
      const inputs = shape[shape.length - 1];
      counts.push(inputs * layer.units);
      shape = [...shape.slice(0, -1), layer.units];
    }
  }
  return counts;
}
