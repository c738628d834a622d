// mutant: forgets mat.delete(), so every call leaks a Mat in wasm memory (the values are right)
function matRoundTrip(img: Image): Image {
  const { width, height, channels, data } = img;
  const mat = new cv.Mat(height, width, channels === 1 ? cv.CV_8UC1 : cv.CV_8UC3);
  for (let i = 0; i < data.length; i++) mat.data[i] = Math.min(255, Math.max(0, Math.round(data[i] * 255)));
  const out = core.createImage(mat.cols, mat.rows, mat.channels());
  for (let i = 0; i < out.data.length; i++) out.data[i] = mat.data[i] / 255;
  return out;
}
