/** OpenCV's BORDER_REFLECT_101 index (gfedcb|abcdefgh|gfedcba); n = 1 → 0. Private. */
export function reflect101(p: number, n: number): number {
  if (n === 1) return 0;
  while (p < 0 || p >= n) p = p < 0 ? -p : 2 * n - 2 - p;
  return p;
}
