export * from "./distribution.js";
export * from "./input.js";
export * from "./outcome.js";
export * from "./point.js";
export * from "./scenario.js";
export * from "./catalog-entry.js";
export * from "./campaign.js";
export * from "./cxr-error.js";
