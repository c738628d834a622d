export * from "./mat";
