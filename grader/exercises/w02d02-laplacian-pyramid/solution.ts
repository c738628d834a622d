function expand(img: Image, width: number, height: number): Image {
  // Zeros between the samples: img(x, y) goes to (2x, 2y) of a 2w × 2h grid.
  const W = 2 * img.width, H = 2 * img.height, cn = img.channels;
  const up = core.createImage(W, H, cn);
  for (let y = 0; y < img.height; y++)
    for (let x = 0; x < img.width; x++)
      for (let c = 0; c < cn; c++) up.data[((2 * y) * W + 2 * x) * cn + c] = img.data[(y * img.width + x) * cn + c];
  // Blur with [1 4 6 4 1]/8 along x and y (the pyrDown kernel × 4: only one sample in four is non-zero).
  const k = [1 / 8, 4 / 8, 6 / 8, 4 / 8, 1 / 8];
  const blurred = filters.separableFilter(up, k, k); // reflect-101 border
  return core.crop(blurred, { x: 0, y: 0, width: width, height: height });
}

function buildLaplacian(img: Image, levels: number): Image[] {
  const out: Image[] = [];
  let g = img;
  for (let i = 0; i < levels - 1; i++) {
    const next = pyramids.pyrDown(g);
    const up = expand(next, g.width, g.height);
    out.push({ ...g, data: g.data.map((v, j) => v - up.data[j]) });
    g = next;
  }
  out.push(g); // the coarsest level is a Gaussian level, kept as it is
  return out;
}

function collapse(pyr: Image[]): Image {
  let g = pyr[pyr.length - 1];
  for (let i = pyr.length - 2; i >= 0; i--) {
    const l = pyr[i];
    const up = expand(g, l.width, l.height);
    g = { ...l, data: l.data.map((v, j) => v + up.data[j]) };
  }
  return g;
}
