import { DURATION_UNITS } from "./patterns.js";
import { type UnitMath, unitMath } from "./unit-math.js";

let math: UnitMath | undefined;

/**
 * mathjs, loaded on first use only: most scenarios parse without a
 * duration in another unit than seconds (see `unit-math.ts` for how it
 * loads). Only `unit()` with our own fixed unit names is called: no user
 * text is ever evaluated by mathjs.
 */
function mathjs(): UnitMath {
  math ??= unitMath();
  return math;
}

/** True if `unit` is a duration unit we accept (`s`, `sec`, `min`, `hours`, `ms`…). */
export function isDurationUnit(unit: string): unit is keyof typeof DURATION_UNITS {
  return Object.hasOwn(DURATION_UNITS, unit);
}

/**
 * Converts an amount in a duration unit to seconds with mathjs units.
 *
 * @example toSeconds(30, "min") // 1800
 */
export function toSeconds(value: number, unit: keyof typeof DURATION_UNITS): number {
  const name = DURATION_UNITS[unit];
  if (name === "s") return value;
  return mathjs().unit(value, name).toNumber("s");
}
