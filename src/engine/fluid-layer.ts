import type { LayerPoint } from "../model/point.js";
import { powInt } from "../random/portable-math.js";

/**
 * One layer against one attack in deterministic (fluid) mode, docs/model.md
 * §4: the equations of §3 with expectations instead of draws, counts kept
 * real. Reads the survivors `alive[off … off + T − 1]` (T drone types),
 * writes the expected kills per type into `kills[0 … T − 1]` (0 for a type
 * the layer does not engage) and returns the shots fired. `work` is scratch
 * of length T. The caller removes the kills from `alive`.
 *
 * - Salvo `s`: `e = min(ΣE, floor(B / s))` targets engaged, spread over
 *   types in proportion to the eligible counts `E`, each killed with
 *   probability `1 − (1 − pk)^s`; `e × s` shots.
 * - Shoot-look-shoot `m`: each round fires one shot at `min(alive, B_left)`
 *   targets spread in proportion to the alive counts; a shot kills with
 *   probability `pk`. With no binding budget a target draws
 *   `(1 − (1 − pk)^m) / pk` shots on average.
 *
 * @example const shots = fluidKills(layer, layer.budget, alive, 0, kills, work);
 */
export function fluidKills(
  layer: LayerPoint,
  budget: number,
  alive: Float64Array,
  off: number,
  kills: Float64Array,
  work: Float64Array,
): number {
  const T = kills.length;
  let total = 0;
  for (let t = 0; t < T; t++) {
    const e = layer.eligible[t] ? alive[off + t]! : 0;
    kills[t] = e;
    total += e;
  }
  if (total <= 0) {
    kills.fill(0);
    return 0;
  }
  return layer.doctrine === "salvo"
    ? salvo(kills, total, layer.pk, layer.shots, budget)
    : shootLookShoot(kills, work, layer.pk, layer.shots, budget);
}

/** `eligible` in, kills out (in place). */
function salvo(
  eligible: Float64Array,
  total: number,
  pk: number,
  s: number,
  budget: number,
): number {
  const engaged = Math.min(total, Math.floor(budget / s));
  const pKill = 1 - powInt(1 - pk, s);
  for (let t = 0; t < eligible.length; t++) {
    eligible[t] = ((engaged * eligible[t]!) / total) * pKill;
  }
  return engaged * s;
}

/** `eligible` in, kills out (in place); `alive` is scratch. */
function shootLookShoot(
  eligible: Float64Array,
  alive: Float64Array,
  pk: number,
  m: number,
  budget: number,
): number {
  const T = eligible.length;
  alive.set(eligible);
  let left = budget;
  let shots = 0;
  for (let r = 0; r < m && left > 0; r++) {
    let total = 0;
    for (let t = 0; t < T; t++) total += alive[t]!;
    if (total <= 0) break;
    const fired = Math.min(total, left);
    for (let t = 0; t < T; t++) {
      const a = alive[t]!;
      alive[t] = a - ((fired * a) / total) * pk;
    }
    left -= fired;
    shots += fired;
  }
  for (let t = 0; t < T; t++) eligible[t] = eligible[t]! - alive[t]!;
  return shots;
}
