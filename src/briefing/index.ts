export * from "./assumptions.js";
export * from "./briefing-pack.js";
export * from "./cer-crossings.js";
export * from "./chart-data.js";
export * from "./heatmap-data.js";
export * from "./gallery.js";
export * from "./analysis-sections.js";
export * from "./every-chart.js";
