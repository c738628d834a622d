/**
 * How pixels outside the image are invented when a kernel reaches past the edge. Names and
 * meanings follow OpenCV's `cv::BorderTypes` (`abc|` is the image, `…` the invented pixels):
 * - `reflect101` (`cv.BORDER_REFLECT_101`, OpenCV's default): `dcb|abcd…`
 * - `reflect` (`cv.BORDER_REFLECT`): `cba|abcd…`
 * - `replicate` (`cv.BORDER_REPLICATE`): `aaa|abcd…`
 * - `constant` (`cv.BORDER_CONSTANT` with value 0): `000|abcd…`
 */
export const BorderMode = {
  reflect101: "reflect101",
  reflect: "reflect",
  replicate: "replicate",
  constant: "constant",
} as const;
/** One of {@link BorderMode}'s values. */
export type BorderMode = (typeof BorderMode)[keyof typeof BorderMode];

/** The border modes as a list (for validation). */
export const borderModes: readonly BorderMode[] = Object.values(BorderMode);
