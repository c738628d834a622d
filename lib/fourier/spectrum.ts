/**
 * A complex 2-D array (the result of {@link fft2}): `re[y·width + x] + i·im[y·width + x]` is the
 * coefficient of horizontal frequency x and vertical frequency y (cycles per image), frequency 0 at
 * index 0 ("unshifted" layout, like cv.dft and numpy.fft.fft2); indices above width/2 stand for
 * negative frequencies. Use {@link fftshift} to move frequency 0 to the centre for display.
 */
export interface Spectrum {
  width: number;
  height: number;
  re: Float64Array;
  im: Float64Array;
}

