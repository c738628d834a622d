/** A detected interest point. Coordinates in input-image pixels (x right, y down). */
export interface Keypoint {
  x: number;
  y: number;
  /** Detector response (Harris R, |DoG|, LoG …). */
  response: number;
  /** Scale σ in input pixels (1.6-ish for the finest DoG level). @default 1 where a detector has no scale */
  sigma?: number;
  /** Dominant gradient orientation in degrees, [0, 360), counter-clockwise on screen (y down); set by {@link describe}. */
  angle?: number;
  /** Octave index of a scale-space detector (0 = input resolution). */
  octave?: number;
  /** Layer within the octave (may be fractional after refinement). */
  layer?: number;
}
