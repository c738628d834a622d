export * from "./histogram";
export * from "./histogram8";
export * from "./cdf";
export * from "./equalize";
