// mutant: hue sector wrong when max = B (copies the green formula's offset: +120° instead of +240°)
function rgbToHsv(img: Image): Image {
  const out = core.createImage(img.width, img.height, 3);
  for (let i = 0; i < img.data.length; i += 3) {
    const r = img.data[i], g = img.data[i + 1], b = img.data[i + 2];
    const max = Math.max(r, g, b);
    const min = Math.min(r, g, b);
    const d = max - min;
    let h = 0;
    if (d > 0) {
      if (max === r) h = (60 * (g - b)) / d;
      else if (max === g) h = (60 * (b - r)) / d + 120;
      else h = (60 * (r - g)) / d + 120;
      if (h < 0) h += 360;
    }
    out.data[i] = h;
    out.data[i + 1] = max > 0 ? d / max : 0;
    out.data[i + 2] = max;
  }
  return out;
}
