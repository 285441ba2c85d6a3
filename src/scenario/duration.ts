import { createRequire } from "node:module";
import { DURATION_UNITS } from "./patterns.js";

interface MathUnit {
  toNumber(unit: string): number;
}
interface MathBundle {
  unit(value: number, name: string): MathUnit;
}

let math: MathBundle | undefined;

/**
 * mathjs, loaded on first use only: importing it costs hundreds of
 * milliseconds (stack.md), and most scenarios parse without a duration.
 * The prebuilt browser bundle loads ~6× faster than the ESM entry. Only
 * `unit()` with our own fixed unit names is called: no user text is ever
 * evaluated by mathjs.
 */
function mathjs(): MathBundle {
  math ??= createRequire(import.meta.url)("mathjs/lib/browser/math.js") as MathBundle;
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
