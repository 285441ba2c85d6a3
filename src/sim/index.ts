export * from "./options.js";
export * from "./simulate.js";
export * from "./simulate-sync.js";
export * from "./draw-input.js";
export * as random from "../random/index.js";
