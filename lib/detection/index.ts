export * from "./types";
export * from "./matchTemplate";
export * from "./minMaxLoc";
export * from "./slidingWindows";
export { iou } from "./iou";
export * from "./nms";
