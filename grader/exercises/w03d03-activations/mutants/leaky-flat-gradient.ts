// mutant: leaky ReLU with the right values but the plain ReLU's zero gradient for x < 0
function activation(name: "relu" | "leakyRelu" | "elu" | "sigmoid" | "tanh" | "gelu", x: Float64Array): { y: Float64Array; dydx: Float64Array } {
  const y = new Float64Array(x.length), dydx = new Float64Array(x.length);
  const c = Math.sqrt(2 / Math.PI);
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (name === "relu") {
      y[i] = Math.max(0, v); dydx[i] = v > 0 ? 1 : 0;
    } else if (name === "leakyRelu") {
      y[i] = v > 0 ? v : 0.2 * v; dydx[i] = v > 0 ? 1 : 0;
    } else if (name === "elu") {
      y[i] = v > 0 ? v : Math.exp(v) - 1; dydx[i] = v > 0 ? 1 : Math.exp(v);
    } else if (name === "sigmoid") {
      const s = 1 / (1 + Math.exp(-v));
      y[i] = s; dydx[i] = s * (1 - s);
    } else if (name === "tanh") {
      const t = Math.tanh(v);
      y[i] = t; dydx[i] = 1 - t * t;
    } else {
      const u = c * (v + 0.044715 * v ** 3), t = Math.tanh(u);
      y[i] = 0.5 * v * (1 + t);
      dydx[i] = 0.5 * (1 + t) + 0.5 * v * (1 - t * t) * c * (1 + 3 * 0.044715 * v * v); // product rule
    }
  }
  return { y, dydx };
}
