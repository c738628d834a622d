export * from "./threshold";
export * from "./binary";
export * from "./otsuThreshold";
export * from "./otsuObjective";
export * from "./otsu";
export * from "./triangleThreshold";
export * from "./triangle";
export * from "./adaptive";
