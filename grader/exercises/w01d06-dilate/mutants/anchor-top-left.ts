// mutant: puts the anchor at the SE's top-left corner instead of its centre, so the result is shifted
function dilateBinary(img: Image, se: Image): Image {
  const { width, height } = img;
  const out = core.createImage(width, height, 1);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (img.data[y * width + x] === 0) continue;
      for (let j = 0; j < se.height; j++) {
        for (let i = 0; i < se.width; i++) {
          if (se.data[j * se.width + i] === 0) continue;
          const xx = x + i, yy = y + j;
          if (xx < width && yy < height) out.data[yy * width + xx] = 1;
        }
      }
    }
  }
  return out;
}
