function matRoundTrip(img: Image): Image {
  const { width, height, channels, data } = img;
  const mat = new cv.Mat(height, width, channels === 1 ? cv.CV_8UC1 : cv.CV_8UC3); // rows = height
  try {
    const bytes = mat.data; // a Uint8Array view of the Mat's pixels, interleaved like ours
    for (let i = 0; i < data.length; i++) bytes[i] = Math.min(255, Math.max(0, Math.round(data[i] * 255)));
    const out = core.createImage(mat.cols, mat.rows, mat.channels());
    for (let i = 0; i < out.data.length; i++) out.data[i] = mat.data[i] / 255;
    return out;
  } finally {
    mat.delete(); // wasm memory is not garbage-collected
  }
}
