export * from "./controls.js";
export * from "./explore-page.js";
export * from "./explore-state.js";
export * from "./write-back.js";
