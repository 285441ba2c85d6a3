/**
 * The `campaign:` block (docs/campaign.md §1) → `Campaign`: rates per night,
 * lead times in whole nights, the raid as spans, stocks by drone type and
 * layer id. Every bad value is an issue at its path.
 */
import type { AttackerStock, Campaign, DefenderStock, RaidSpan } from "../model/campaign.js";
import { readCount } from "./counts.js";
import { describeValue, issue } from "./messages.js";
import type { Issue, RawPath } from "./problem.js";
import { readLeadTime, readRate } from "./rates.js";
import { readPlain } from "./quantity.js";
import type { CampaignFile } from "./schema.js";

const PATH: RawPath = ["campaign"];

/** The raid as spans in night order; a whole number R is one span over every night. */
function normalizeRaid(
  raid: CampaignFile["raid"],
  nights: number | null,
  issues: Issue[],
): RaidSpan[] | null {
  const at: RawPath = [...PATH, "raid"];
  if (!Array.isArray(raid)) {
    const drones = readCount(raid, 0, at, issues);
    return drones === null || nights === null ? null : [{ from: 1, to: nights, drones }];
  }
  if (raid.length === 0) {
    issues.push(issue("no-raid", at));
    return null;
  }
  const before = issues.length;
  const spans: (RaidSpan & { index: number })[] = [];
  raid.forEach((s, i) => {
    const from = readCount(s.from, 1, [...at, i, "from"], issues);
    const to = readCount(s.to, 1, [...at, i, "to"], issues);
    const drones = readCount(s.drones, 0, [...at, i, "drones"], issues);
    if (from === null || to === null || drones === null) return;
    if (from > to) issues.push(issue("raid-span-order", [...at, i], { from, to }));
    else if (nights !== null && to > nights)
      issues.push(
        issue("raid-span-outside", [...at, i, "to"], { nights, found: `${from}..${to}` }),
      );
    else spans.push({ from, to, drones, index: i });
  });
  const sorted = [...spans].sort((a, b) => a.from - b.from || a.index - b.index);
  for (let k = 1; k < sorted.length; k++) {
    const prev = sorted[k - 1]!;
    const cur = sorted[k]!;
    if (cur.from <= prev.to) {
      const later = cur.index > prev.index ? cur : prev;
      const other = later === cur ? prev : cur;
      issues.push(
        issue("raid-span-overlap", [...at, later.index], {
          found: `${later.from}..${later.to}`,
          other: `raid[${other.index}] (${other.from}..${other.to})`,
        }),
      );
    }
  }
  if (issues.length > before) return null;
  return sorted.map(({ from, to, drones }) => ({ from, to, drones }));
}

function normalizeAttacker(
  attacker: NonNullable<CampaignFile["attacker"]>,
  droneIds: readonly string[],
  issues: Issue[],
): AttackerStock[] {
  const out: AttackerStock[] = [];
  for (const [id, a] of Object.entries(attacker)) {
    const at: RawPath = [...PATH, "attacker", id];
    if (!droneIds.includes(id)) {
      issues.push(issue("unknown-drone", at, { id, known: droneIds }, { atKey: true }));
      continue;
    }
    const stock = a.stock === undefined ? null : readCount(a.stock, 0, [...at, "stock"], issues);
    const production =
      a.production === undefined ? 0 : readRate(a.production, [...at, "production"], issues);
    if (production !== null) out.push({ id, stock, production });
  }
  return out;
}

function normalizeDefender(
  defender: NonNullable<CampaignFile["defender"]>,
  layerIds: readonly string[],
  issues: Issue[],
): DefenderStock[] {
  const out: DefenderStock[] = [];
  for (const [id, d] of Object.entries(defender)) {
    const at: RawPath = [...PATH, "defender", id];
    if (!layerIds.includes(id)) {
      issues.push(issue("unknown-layer", at, { id, known: layerIds }, { atKey: true }));
      continue;
    }
    const stock = d.stock === undefined ? null : readCount(d.stock, 0, [...at, "stock"], issues);
    const production =
      d.production === undefined ? 0 : readRate(d.production, [...at, "production"], issues);
    const leadTime =
      d.leadTime === undefined ? 0 : readLeadTime(d.leadTime, [...at, "leadTime"], issues);
    const reserve =
      d.reserve === undefined ? 0 : readCount(d.reserve, 0, [...at, "reserve"], issues);
    if (reserve !== null && stock !== null && reserve > stock)
      issues.push(issue("reserve-above-stock", [...at, "reserve"], { reserve, stock }));
    else if (production !== null && leadTime !== null && reserve !== null)
      out.push({ id, stock, production, leadTime, reserve });
  }
  return out;
}

/**
 * Checks and normalizes a shape-valid `campaign:` block against the
 * scenario's drone type and layer ids. Null after issues.
 */
export function normalizeCampaign(
  c: CampaignFile,
  droneIds: readonly string[],
  layerIds: readonly string[],
  issues: Issue[],
): Campaign | null {
  const before = issues.length;
  const nights = readCount(c.nights, 1, [...PATH, "nights"], issues);
  const raid = normalizeRaid(c.raid, nights, issues);
  const attacker = normalizeAttacker(c.attacker ?? {}, droneIds, issues);
  const defender = normalizeDefender(c.defender ?? {}, layerIds, issues);
  let holdLeakRate: number | null = null;
  if (c.holdLeakRate !== undefined) {
    holdLeakRate = readPlain(c.holdLeakRate);
    if (holdLeakRate === null || holdLeakRate < 0 || holdLeakRate > 1)
      issues.push(
        issue("probability-range", [...PATH, "holdLeakRate"], {
          found: describeValue(holdLeakRate ?? c.holdLeakRate),
        }),
      );
  }
  if (issues.length > before || nights === null || raid === null) return null;
  return { nights, raid, attacker, defender, holdLeakRate };
}
