import type { DroneType } from "../model/scenario.js";

/**
 * Per drone type: does it count towards the strike leak rate? The non-decoy
 * types; every type when all are decoys (docs/campaign.md §3).
 */
export function strikeTypes(drones: readonly DroneType[]): boolean[] {
  const allDecoys = drones.every((d) => d.decoy);
  return drones.map((d) => allDecoys || !d.decoy);
}
