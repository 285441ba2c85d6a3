/**
 * vega and vega-lite, imported on the first render and shared after it. Both
 * are ES modules of about 1 MB that only rendering needs, so nothing else
 * imports them: a chart spec is built without them, and `cxr run` never
 * loads them. The CLI bundle rewrites the two `import()` calls to go through
 * its loader (scripts/esbuild-plugins.ts: `vegaThroughLoader`), since the
 * bundle runs as a classic script from a code cache (src/cli/bundle-script.ts).
 */
import type * as Vega from "vega";
import type * as VegaLite from "vega-lite";

export interface VegaModules {
  readonly vega: typeof Vega;
  readonly vegaLite: typeof VegaLite;
}

let loading: Promise<VegaModules> | undefined;

/** The two modules, imported once per process. */
export function loadVega(): Promise<VegaModules> {
  loading ??= Promise.all([import("vega"), import("vega-lite")]).then(([vega, vegaLite]) => ({
    vega,
    vegaLite,
  }));
  return loading;
}
