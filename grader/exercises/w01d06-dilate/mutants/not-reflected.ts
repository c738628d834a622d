// mutant: gathers img(x + dx, y + dy) instead of img(x − dx, y − dy): the SE is not reflected (cv.dilate's convention)
function dilateBinary(img: Image, se: Image): Image {
  const { width, height } = img;
  const out = core.createImage(width, height, 1);
  const ax = se.width >> 1, ay = se.height >> 1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let v = 0;
      for (let j = 0; j < se.height && v === 0; j++) {
        for (let i = 0; i < se.width; i++) {
          if (se.data[j * se.width + i] === 0) continue;
          const xx = x + i - ax, yy = y + j - ay;
          if (xx >= 0 && yy >= 0 && xx < width && yy < height && img.data[yy * width + xx] !== 0) { v = 1; break; }
        }
      }
      out.data[y * width + x] = v;
    }
  }
  return out;
}
