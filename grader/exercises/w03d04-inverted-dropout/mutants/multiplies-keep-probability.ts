// mutant: multiplies kept values by the keep probability 1 − rate instead of dividing
function dropout(x: Float32Array, rate: number, seed: number, training: boolean): Float32Array {
  if (!training) return Float32Array.from(x);
  const rng = core.seededRandom(seed);
  const y = new Float32Array(x.length);
  for (let i = 0; i < x.length; i++) y[i] = rng.next() >= rate ? x[i] * (1 - rate) : 0;
  return y;
}
