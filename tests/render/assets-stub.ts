// Tiny stand-ins for the vega bundles and fonts, for tests that only read the markup.
import type { Assets } from "../../src/render/index.js";

export const stubAssets: Assets = {
  vega: "/* vega bundle */",
  vegaLite: "/* vega-lite bundle */",
  vegaEmbed: "/* vega-embed bundle */",
  vegaInterpreter: "/* vega-interpreter */",
  fonts: [],
};
