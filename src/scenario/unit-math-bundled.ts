/**
 * The mathjs instance that converts duration units, as every esbuild bundle
 * loads it (in place of `unit-math.ts`, scripts/esbuild-plugins.ts): one
 * restricted instance from `create()` with the unit factory and its
 * dependencies only, which the bundler keeps and nothing else. Only
 * `unit()` with our own fixed unit names is called: no user text is ever
 * evaluated by mathjs.
 */
import { type FactoryFunctionMap, create, unitDependencies } from "mathjs";

/** The part of mathjs that duration conversion uses. */
export interface UnitMath {
  unit(value: number, name: string): { toNumber(unit: string): number };
}

export function unitMath(): UnitMath {
  // mathjs's types declare its dependency maps as possibly undefined; this one is defined.
  const factories = { unitDependencies } as FactoryFunctionMap;
  return create(factories);
}
