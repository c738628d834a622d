/**
 * The course library. Import domains by name: `import { core, io, viz } from "@cv-roadmap/lib"`.
 * Each domain lives in its own folder; its `index.ts` lists what it exports.
 */
export * as core from "./core";
export type { Image } from "./core";
export * as color from "./color";
export * as contours from "./contours";
export * as cvbridge from "./cvbridge";
export * as edges from "./edges";
export * as filters from "./filters";
export * as fourier from "./fourier";
export * as geometry from "./geometry";
export * as histogram from "./histogram";
export * as io from "./io";
export * as morphology from "./morphology";
export * as nn from "./nn";
export * as resize from "./resize";
export * as segmentation from "./segmentation";
export * as pyramids from "./pyramids";
export * as threshold from "./threshold";
export * as viz from "./viz";
export * as detection from "./detection";
export * as features from "./features";
export * as ml from "./ml";
