/**
 * jstat's inverse of the regularised incomplete beta function, loaded on
 * first use: jstat costs 30–60 ms to load, and only the quantiles of PERT
 * and beta need it (sensitivity, break-even ranges), never a run. From
 * Node (source, or the CLI bundle) it loads through `createRequire`, reached
 * through `process.getBuiltinModule` so that no `node:` import stands here;
 * browser and library bundles swap this module for `jstat-beta-bundled.ts`
 * (scripts/esbuild-plugins.ts), which imports jstat.
 */
import type { BetaInverse } from "./jstat-beta-bundled.js";

export type { BetaInverse } from "./jstat-beta-bundled.js";

interface NodeModuleApi {
  createRequire(from: string): (id: string) => unknown;
}

let inverse: BetaInverse | undefined;

/** `jStat.beta.inv(p, a, b)`. */
export function betaInverse(): BetaInverse {
  if (inverse !== undefined) return inverse;
  const host = globalThis.process as
    { getBuiltinModule?: (id: string) => NodeModuleApi | undefined } | undefined;
  const nodeModule = host?.getBuiltinModule?.("node:module");
  if (nodeModule === undefined) {
    throw new Error("beta quantiles need jstat: bundle src/distributions/jstat-beta-bundled.ts");
  }
  const jStat = nodeModule.createRequire(import.meta.url)("jstat") as {
    beta: { inv: BetaInverse };
  };
  inverse = (p, a, b) => jStat.beta.inv(p, a, b);
  return inverse;
}
