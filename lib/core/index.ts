export * from "./image";
export * from "./errors";
export * from "./validate";
export * from "./create";
export * from "./random";
