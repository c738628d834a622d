import type { Image } from "../core/image";
import { checkImage } from "../core/validate";
import { checkContour, type Point } from "./point";

/** Spatial (m), central (mu) and normalised central (nu) moments up to order 3, OpenCV's field names. */
export interface Moments {
  m00: number; m10: number; m01: number; m20: number; m11: number; m02: number; m30: number; m21: number; m12: number; m03: number;
  mu20: number; mu11: number; mu02: number; mu30: number; mu21: number; mu12: number; mu03: number;
  nu20: number; nu11: number; nu02: number; nu30: number; nu21: number; nu12: number; nu03: number;
}

/** Options of {@link moments}. */
export interface MomentsOptions {
  /** For images: count every non-zero pixel as 1 (cv.moments' `binaryImage`). @default false */
  binaryImage?: boolean;
}

/**
 * Image moments, equal to `cv.moments`. For a contour (`Point[]`): moments of the polygon's area
 * by Green's theorem (m00 = contour area; orientation does not change the sign). For a grey image:
 * mpq = Σ x^p·y^q·I(x, y) over pixels (x = column, y = row). Central moments mu are taken about the
 * centroid (m10/m00, m01/m00); normalised nu_pq = mu_pq / m00^(1 + (p+q)/2) are scale invariant.
 * All zero when m00 is 0 (as OpenCV).
 * @example const m = contours.moments(contour); const cx = m.m10 / m.m00;
 * @see M.-K. Hu, "Visual pattern recognition by moment invariants", IRE Trans. Inf. Theory 8(2), 1962.
 */
export function moments(shape: readonly Point[] | Image, options: MomentsOptions = {}): Moments {
  const { binaryImage = false } = options;
  if (Array.isArray(shape)) {
    checkContour(shape, "shape", 0);
    return contourMoments(shape);
  }
  checkImage(shape, { channels: 1 }, "shape");
  return imageMoments(shape as Image, binaryImage);
}

function zero(): Moments {
  return { m00: 0, m10: 0, m01: 0, m20: 0, m11: 0, m02: 0, m30: 0, m21: 0, m12: 0, m03: 0, mu20: 0, mu11: 0, mu02: 0, mu30: 0, mu21: 0, mu12: 0, mu03: 0, nu20: 0, nu11: 0, nu02: 0, nu30: 0, nu21: 0, nu12: 0, nu03: 0 };
}

function contourMoments(pts: readonly Point[]): Moments {
  const m = zero();
  const n = pts.length;
  if (n <= 2) return m;
  let a00 = 0, a10 = 0, a01 = 0, a20 = 0, a11 = 0, a02 = 0, a30 = 0, a21 = 0, a12 = 0, a03 = 0;
  let xi_1 = pts[n - 1]!.x, yi_1 = pts[n - 1]!.y;
  let xi_12 = xi_1 * xi_1, yi_12 = yi_1 * yi_1;
  for (let i = 0; i < n; i++) {
    const xi = pts[i]!.x, yi = pts[i]!.y;
    const xi2 = xi * xi, yi2 = yi * yi;
    const dxy = xi_1 * yi - xi * yi_1;
    const xii_1 = xi_1 + xi, yii_1 = yi_1 + yi;
    a00 += dxy;
    a10 += dxy * xii_1;
    a01 += dxy * yii_1;
    a20 += dxy * (xi_1 * xii_1 + xi2);
    a11 += dxy * (xi_1 * (yii_1 + yi_1) + xi * (yii_1 + yi));
    a02 += dxy * (yi_1 * yii_1 + yi2);
    a30 += dxy * xii_1 * (xi_12 + xi2);
    a03 += dxy * yii_1 * (yi_12 + yi2);
    a21 += dxy * (xi_12 * (3 * yi_1 + yi) + 2 * xi * xi_1 * yii_1 + xi2 * (yi_1 + 3 * yi));
    a12 += dxy * (yi_12 * (3 * xi_1 + xi) + 2 * yi * yi_1 * xii_1 + yi2 * (xi_1 + 3 * xi));
    xi_1 = xi; yi_1 = yi; xi_12 = xi2; yi_12 = yi2;
  }
  if (Math.abs(a00) <= 1.1920928955078125e-7) return m;
  const s = a00 > 0 ? 1 : -1;
  m.m00 = a00 * s * 0.5;
  m.m10 = (a10 * s) / 6;
  m.m01 = (a01 * s) / 6;
  m.m20 = (a20 * s) / 12;
  m.m11 = (a11 * s) / 24;
  m.m02 = (a02 * s) / 12;
  m.m30 = (a30 * s) / 20;
  m.m21 = (a21 * s) / 60;
  m.m12 = (a12 * s) / 60;
  m.m03 = (a03 * s) / 20;
  return complete(m);
}

function imageMoments(img: Image, binary: boolean): Moments {
  const m = zero();
  const { width: w, height: h, data } = img;
  for (let y = 0; y < h; y++) {
    // per-row sums of x^k·I, then combine with y powers (like OpenCV's tiles)
    let x0 = 0, x1 = 0, x2 = 0, x3 = 0;
    const o = y * w;
    for (let x = 0; x < w; x++) {
      let v = data[o + x]!;
      if (binary) v = v !== 0 ? 1 : 0;
      const xv = x * v, xxv = x * xv;
      x0 += v;
      x1 += xv;
      x2 += xxv;
      x3 += x * xxv;
    }
    const y2 = y * y;
    m.m00 += x0; m.m10 += x1; m.m20 += x2; m.m30 += x3;
    m.m01 += x0 * y; m.m11 += x1 * y; m.m21 += x2 * y;
    m.m02 += x0 * y2; m.m12 += x1 * y2;
    m.m03 += x0 * y2 * y;
  }
  return complete(m);
}

/** OpenCV's completeMomentState: central and normalised moments from spatial ones. */
function complete(m: Moments): Moments {
  let cx = 0, cy = 0, inv = 0;
  if (Math.abs(m.m00) > 2.220446049250313e-16) {
    inv = 1 / m.m00;
    cx = m.m10 * inv;
    cy = m.m01 * inv;
  }
  m.mu20 = m.m20 - m.m10 * cx;
  m.mu11 = m.m11 - m.m10 * cy;
  m.mu02 = m.m02 - m.m01 * cy;
  m.mu30 = m.m30 - cx * (3 * m.mu20 + cx * m.m10);
  m.mu21 = m.m21 - cx * (2 * m.mu11 + cx * m.m01) - cy * m.mu20;
  m.mu12 = m.m12 - cy * (2 * m.mu11 + cy * m.m10) - cx * m.mu02;
  m.mu03 = m.m03 - cy * (3 * m.mu02 + cy * m.m01);
  const invSqrt = Math.sqrt(Math.abs(inv));
  const s2 = inv * inv, s3 = s2 * invSqrt;
  m.nu20 = m.mu20 * s2; m.nu11 = m.mu11 * s2; m.nu02 = m.mu02 * s2;
  m.nu30 = m.mu30 * s3; m.nu21 = m.mu21 * s3; m.nu12 = m.mu12 * s3; m.nu03 = m.mu03 * s3;
  return m;
}
