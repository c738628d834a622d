// mutant: channel order — writes the pixels as B G R ("OpenCV is BGR") but reads them back unchanged
function matRoundTrip(img: Image): Image {
  const { width, height, channels, data } = img;
  const mat = new cv.Mat(height, width, channels === 1 ? cv.CV_8UC1 : cv.CV_8UC3);
  for (let p = 0; p < width * height; p++) {
    for (let c = 0; c < channels; c++) {
      const v = Math.min(255, Math.max(0, Math.round(data[p * channels + c] * 255)));
      mat.data[p * channels + (channels - 1 - c)] = v;
    }
  }
  const out = core.createImage(mat.cols, mat.rows, mat.channels());
  for (let i = 0; i < out.data.length; i++) out.data[i] = mat.data[i] / 255;
  mat.delete();
  return out;
}
