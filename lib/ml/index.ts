export * from "./linearSvm";
export * from "./trainTestSplit";
export * from "./accuracy";
export * from "./confusionMatrix";
