export * from "./pyrDown";
export * from "./pyrUp";
export * from "./gaussianPyramid";
export * from "./laplacianPyramid";
export * from "./reconstruct";
export * from "./blend";
export { haar2d } from "./haar2d";
export * from "./ihaar2d";
export * from "./pyramidMosaic";
