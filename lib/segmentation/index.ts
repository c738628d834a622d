export * from "./connectedComponents";
export * from "./connectedComponentsWithStats";
