export * from "./build-report.js";
export * from "./file-stem.js";
export * from "./html-table.js";
export * from "./report-input.js";
export * from "./report-page.js";
export * from "./report-style.js";
export * from "./safe-url.js";
export * from "./campaign-section.js";
