export * from "./options.js";
export * from "./simulate.js";
export * from "./simulate-sync.js";
export * from "./draw-input.js";
export * as random from "../random/index.js";
export { engageAttack, engageScratch, type EngageScratch } from "./engage.js";
export { drawBatchPoints, type BatchPoints } from "./batch-points.js";
export {
  simPlan,
  type SimPlan,
  M_ATTACKER_COST,
  M_DEFENDER_COST,
  M_DEFENDER_COST_FULL,
  M_KILLS,
  M_LEAKERS,
  M_DAMAGE,
  M_DAMAGE_AVERTED,
  M_DISRUPTION,
  M_LAYERS,
} from "./plan.js";
export * from "./memory.js";
