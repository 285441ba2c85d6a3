export * from "./attack.js";
export * from "./evaluate.js";
export * from "./fluid-layer.js";
export * from "./model-limit-error.js";
export * from "./totals.js";
export * from "./budget-exhaustion.js";
