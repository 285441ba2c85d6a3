// Builders for campaign tests: a scenario with a campaign block, rates already per night.
import type {
  AttackerStock,
  Campaign,
  DefenderStock,
  DroneType,
  Layer,
  RaidSpan,
  Scenario,
} from "../../src/model/index.js";
import { scenario } from "../engine/fixtures.js";

export interface CampaignSpec {
  nights: number;
  raid: number | RaidSpan[];
  attacker?: (Partial<AttackerStock> & { id: string })[];
  defender?: (Partial<DefenderStock> & { id: string })[];
  holdLeakRate?: number;
}

export function campaignBlock(c: CampaignSpec): Campaign {
  return {
    nights: c.nights,
    raid: typeof c.raid === "number" ? [{ from: 1, to: c.nights, drones: c.raid }] : c.raid,
    attacker: (c.attacker ?? []).map((a) => ({
      id: a.id,
      stock: a.stock ?? null,
      production: a.production ?? 0,
    })),
    defender: (c.defender ?? []).map((d) => ({
      id: d.id,
      stock: d.stock ?? null,
      production: d.production ?? 0,
      leadTime: d.leadTime ?? 0,
      reserve: d.reserve ?? 0,
    })),
    holdLeakRate: c.holdLeakRate ?? null,
  };
}

export function campaignScenario(drones: DroneType[], layers: Layer[], c: CampaignSpec): Scenario {
  return { ...scenario(drones, layers), campaign: campaignBlock(c) };
}
