export * from "./csv.js";
export * from "./format-number.js";
export * from "./run-document.js";
export * from "./table.js";
export * from "./text-table.js";
