// mutant: output of (W − w)×(H − h): the last row and column of placements are missing
function nccMap(img: Image, tpl: Image): Image {
  const { width: W, height: H, data: I } = img;
  const { width: tw, height: th, data: T } = tpl;
  const n = tw * th;
  let tMean = 0;
  for (let i = 0; i < n; i++) tMean += T[i];
  tMean /= n;
  let tVar = 0;
  for (let i = 0; i < n; i++) tVar += (T[i] - tMean) ** 2;
  const out = core.createImage(W - tw, H - th, 1);
  for (let y = 0; y + th < H; y++) {
    for (let x = 0; x + tw < W; x++) {
      let wMean = 0;
      for (let j = 0; j < th; j++) for (let i = 0; i < tw; i++) wMean += I[(y + j) * W + x + i];
      wMean /= n;
      let num = 0, wVar = 0;
      for (let j = 0; j < th; j++) {
        for (let i = 0; i < tw; i++) {
          const d = I[(y + j) * W + x + i] - wMean;
          num += (T[j * tw + i] - tMean) * d;
          wVar += d * d;
        }
      }
      const den = Math.sqrt(tVar * wVar);
      out.data[y * out.width + x] = den > 1e-12 ? num / den : 0; // a flat window scores 0
    }
  }
  return out;
}
