/**
 * The mathjs instance that converts duration units (docs/scenario-format.md),
 * as it loads from source: mathjs's prebuilt bundle through Node's
 * `createRequire`, reached through `process.getBuiltinModule` so that no
 * `node:` import stands in the loader. mathjs's package entry would load its
 * whole ESM tree (over a second) and its exports map hides the per-factory
 * files. Every esbuild bundle (the CLI, the library, the explorer) swaps this
 * module for `unit-math-bundled.ts` (scripts/esbuild-plugins.ts), an instance
 * from `create()` with the unit factory only.
 */
import type { UnitMath } from "./unit-math-bundled.js";

export type { UnitMath } from "./unit-math-bundled.js";

interface NodeModuleApi {
  createRequire(from: string): (id: string) => unknown;
}

/** Loads mathjs's prebuilt bundle (Node only). */
export function unitMath(): UnitMath {
  const host = globalThis.process as
    { getBuiltinModule?: (id: string) => NodeModuleApi | undefined } | undefined;
  const nodeModule = host?.getBuiltinModule?.("node:module");
  if (nodeModule === undefined) {
    throw new Error("durations need mathjs: bundle src/scenario/unit-math-bundled.ts instead");
  }
  return nodeModule.createRequire(import.meta.url)("mathjs/lib/browser/math.js") as UnitMath;
}
