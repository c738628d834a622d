// mutant: skips OpenCV altogether and rounds in JavaScript (right values, but no Mat round trip)
function matRoundTrip(img: Image): Image {
  const out = core.createImage(img.width, img.height, img.channels);
  for (let i = 0; i < img.data.length; i++) out.data[i] = Math.min(255, Math.max(0, Math.round(img.data[i] * 255))) / 255;
  return out;
}
