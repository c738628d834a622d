// mutant: stores v·255 straight into the Uint8Array, which truncates (127.5 → 127) and wraps (−51 → 205) instead of rounding and clamping
function matRoundTrip(img: Image): Image {
  const { width, height, channels, data } = img;
  const mat = new cv.Mat(height, width, channels === 1 ? cv.CV_8UC1 : cv.CV_8UC3);
  for (let i = 0; i < data.length; i++) mat.data[i] = data[i] * 255;
  const out = core.createImage(mat.cols, mat.rows, mat.channels());
  for (let i = 0; i < out.data.length; i++) out.data[i] = mat.data[i] / 255;
  mat.delete();
  return out;
}
