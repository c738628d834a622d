// mutant: hue as a fraction of a turn in [0, 1) instead of degrees in [0, 360)
function rgbToHsv(img: Image): Image {
  const out = core.createImage(img.width, img.height, 3);
  for (let i = 0; i < img.data.length; i += 3) {
    const r = img.data[i], g = img.data[i + 1], b = img.data[i + 2];
    const max = Math.max(r, g, b);
    const min = Math.min(r, g, b);
    const d = max - min;
    let h = 0;
    if (d > 0) {
      if (max === r) h = (g - b) / d;
      else if (max === g) h = (b - r) / d + 2;
      else h = (r - g) / d + 4;
      if (h < 0) h += 6;
      h /= 6;
    }
    out.data[i] = h;
    out.data[i + 1] = max > 0 ? d / max : 0;
    out.data[i + 2] = max;
  }
  return out;
}
