import type { TopLevelSpec } from "vega-lite";

/**
 * What one chart file exports for the registry: a pure builder from results
 * to a complete Vega-Lite spec, and a one-line summary for `--help`.
 */
export interface ChartModule<Data, Options> {
  readonly summary: string;
  readonly build: (data: Data, options?: Options) => TopLevelSpec;
}
