export * from "./distribution-module.js";
export * from "./registry.js";
export * from "./normal-quantile.js";
export * from "./beta-quantile.js";
export * from "./three-point.js";
