/**
 * One layer against one attack in deterministic (fluid) mode, model.md §4:
 * the equations of §3 with expectations instead of draws, counts kept real.
 */
export interface FluidEngagement {
  /** Kills per drone type, if the layer is available. */
  readonly kills: number[];
  /** Shots fired, if the layer is available. */
  readonly shots: number;
}

function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

/**
 * Salvo of `s` shots per target: `e = min(ΣE, floor(B / s))` targets engaged,
 * spread over types in proportion to the eligible counts `E`, each killed
 * with probability `1 − (1 − pk)^s`; `e × s` shots.
 */
export function salvoFluid(
  eligible: readonly number[],
  pk: number,
  s: number,
  budget: number,
): FluidEngagement {
  const total = sum(eligible);
  if (total <= 0) return { kills: eligible.map(() => 0), shots: 0 };
  const engaged = Math.min(total, Math.floor(budget / s));
  const pKill = 1 - (1 - pk) ** s;
  return {
    kills: eligible.map((e) => ((engaged * e) / total) * pKill),
    shots: engaged * s,
  };
}

/**
 * Shoot-look-shoot, up to `m` rounds: each round fires one shot at
 * `min(alive, B_left)` targets spread in proportion to the alive counts; a
 * shot kills with probability `pk`. With no binding budget a target draws
 * `(1 − (1 − pk)^m) / pk` shots on average.
 */
export function shootLookShootFluid(
  eligible: readonly number[],
  pk: number,
  m: number,
  budget: number,
): FluidEngagement {
  const alive = [...eligible];
  let left = budget;
  let shots = 0;
  for (let r = 0; r < m && left > 0; r++) {
    const total = sum(alive);
    if (total <= 0) break;
    const fired = Math.min(total, left);
    for (let t = 0; t < alive.length; t++) {
      const a = alive[t]!;
      alive[t] = a - ((fired * a) / total) * pk;
    }
    left -= fired;
    shots += fired;
  }
  return { kills: eligible.map((e, t) => e - alive[t]!), shots };
}
