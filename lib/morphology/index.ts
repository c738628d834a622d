export { structuringElement, SeShape, type StructuringElement } from "./structuringElement";
export { erode, type ErodeOptions } from "./erode";
export { dilate, type DilateOptions } from "./dilate";
export { open, type OpenOptions } from "./open";
export { close, type CloseOptions } from "./close";
export { gradient } from "./gradient";
export { topHat } from "./topHat";
export { blackHat } from "./blackHat";
export { majority, type MajorityOptions } from "./majority";
