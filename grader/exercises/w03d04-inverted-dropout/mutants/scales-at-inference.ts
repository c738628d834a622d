// mutant: also scales at inference time (divides by 1 − rate when training is false)
function dropout(x: Float32Array, rate: number, seed: number, training: boolean): Float32Array {
  if (!training) return x.map((v) => v / (1 - rate));
  const rng = core.seededRandom(seed);
  const y = new Float32Array(x.length);
  for (let i = 0; i < x.length; i++) y[i] = rng.next() >= rate ? x[i] / (1 - rate) : 0;
  return y;
}
