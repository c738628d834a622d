// mutant: expand copies each pixel into a 2×2 block (nearest neighbour) and never blurs
function expand(img: Image, width: number, height: number): Image {
  const cn = img.channels;
  const out = core.createImage(width, height, cn);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      for (let c = 0; c < cn; c++) out.data[(y * width + x) * cn + c] = img.data[((y >> 1) * img.width + (x >> 1)) * cn + c];
  return out;
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
