/**
 * The key findings that open a briefing, in plain words and computed from
 * the results (never written by hand): the CER at the focus size (the net
 * CER first when leakers do damage), where the defence runs out of shots,
 * the break-even swarm size, where a falling CER means drones got through,
 * the largest driver of the result and, with a campaign, who runs out first.
 */
import type { TornadoResult } from "../analysis/index.js";
import { chartCount, chartMoney, chartRatio, drones } from "../charts/index.js";
import { budgetExhaustion } from "../engine/index.js";
import type { CampaignResult, OutcomeRow, Scenario } from "../model/index.js";
import { rowCrossings } from "./cer-crossings.js";

/** What the findings are computed from. */
export interface FindingsInput {
  readonly scenario: Scenario;
  /** One row per swarm size, ascending, including the focus size. */
  readonly rows: readonly OutcomeRow[];
  readonly focusSize: number;
  readonly tornado?: TornadoResult;
  /** The deterministic campaign, when the scenario has a campaign block. */
  readonly campaign?: CampaignResult;
}

/** Whether drones that get through do damage anywhere in the results. */
export function hasLeakerDamage(rows: readonly OutcomeRow[]): boolean {
  return rows.some((r) => r.damage > 0);
}

function cerFinding(input: FindingsInput, row: OutcomeRow): string {
  const at = drones(row.swarmSize);
  const { currency } = input.scenario;
  if (row.cer === null) return `At ${at}, the attack costs nothing, so there is no CER.`;
  const money = `${chartMoney(row.defenderCost, currency)} against ${chartMoney(row.attackerCost, currency)}`;
  if (hasLeakerDamage(input.rows) && row.netCer !== null) {
    return `At ${at}, defence and the damage of drones that get through cost ${chartRatio(row.netCer)}× the attack (net CER); the defence alone costs ${chartRatio(row.cer)}× (CER, ${money}).`;
  }
  return `At ${at}, the defender spends ${chartRatio(row.cer)}× what the attacker spends (CER, ${money}).`;
}

function shotsFinding(scenario: Scenario): string {
  const out = budgetExhaustion(scenario)
    .flatMap((b) => (b.swarmSize === null ? [] : [{ name: b.layerName, size: b.swarmSize }]))
    .sort((a, b) => a.size - b.size);
  const first = out[0];
  if (first === undefined) return "No layer runs out of shots, at any swarm size.";
  const then = out.slice(1, 3).map((o) => `${o.name} at ${drones(o.size)}`);
  const rest = then.length === 0 ? "" : `; then ${then.join(", ")}`;
  return `The defence runs out of shots first with the ${first.name}, at ${drones(first.size)}${rest}.`;
}

function breakEvenFinding(rows: readonly OutcomeRow[]): string {
  const crossing = rowCrossings(rows)[0];
  const sizes = rows.map((r) => r.swarmSize);
  const span = `${chartCount(sizes[0] ?? 0)} to ${drones(sizes.at(-1) ?? 0)}`;
  if (crossing === undefined) {
    const above = rows.some((r) => r.cer !== null && r.cer > 1);
    return above
      ? `No break-even: the defender pays more than the attacker at every swarm size shown (${span}).`
      : `No break-even: the defender pays less than the attacker at every swarm size shown (${span}).`;
  }
  const at = drones(Math.round(crossing.swarmSize));
  return crossing.direction === "down"
    ? `Break-even at about ${at}: above it the attacker spends more than the defender (the CER falls below 1).`
    : `Break-even at about ${at}: above it the defender spends more than the attacker (the CER rises above 1).`;
}

/**
 * Where the plain CER falls because drones get through rather than because
 * defence got cheaper: the first size where the CER drops while at least one
 * more drone leaks than at the size before (only with leaker damage).
 */
function leakFinding(rows: readonly OutcomeRow[]): string | null {
  if (!hasLeakerDamage(rows)) return null;
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1]!;
    const b = rows[i]!;
    if (a.cer === null || b.cer === null || b.netCer === null) continue;
    if (b.cer < a.cer && b.leakers >= 1 && b.leakers > a.leakers) {
      return `From ${drones(b.swarmSize)} the plain CER falls because drones get through (${chartCount(b.leakers)} leak per attack there), not because defence gets cheaper: the net CER, with their damage, is ${chartRatio(b.netCer)}×.`;
    }
  }
  return null;
}

function driverFinding(t: TornadoResult): string | null {
  const top = [...t.bars].sort((a, b) => b.swing - a.swing)[0];
  if (top === undefined || top.low.metric === null || top.high.metric === null) return null;
  const name = top.label.replace(" · ", " ");
  return `The largest driver of the result at ${drones(t.swarmSize)} is the ${name}: across its range the CER moves from ${chartRatio(top.low.metric)}× to ${chartRatio(top.high.metric)}×.`;
}

function campaignFinding(scenario: Scenario, c: CampaignResult): string {
  const nameOf = (id: string, list: readonly { id: string; name: string }[]) =>
    list.find((x) => x.id === id)?.name ?? id;
  const first = <T extends { id: string }>(list: readonly T[], night: (x: T) => number | null) =>
    list
      .flatMap((x) => {
        const n = night(x);
        return n === null ? [] : [{ id: x.id, night: n }];
      })
      .sort((a, b) => a.night - b.night)[0];
  const layer = first(c.summary.layers, (l) => l.dryNight);
  const drone = first(c.summary.drones, (d) => d.attackerDryNight);
  const horizon = c.nights.length;
  if (layer === undefined && drone === undefined)
    return `Over the ${horizon}-night campaign, neither side runs out.`;
  const defence =
    layer === undefined
      ? "no defence layer runs dry"
      : `the ${nameOf(layer.id, scenario.layers)} runs dry on night ${layer.night}`;
  const attack =
    drone === undefined
      ? "the attacker never runs short"
      : `the attacker runs short of ${nameOf(drone.id, scenario.drones)} on night ${drone.night}`;
  const who =
    drone === undefined || (layer !== undefined && layer.night <= drone.night)
      ? "The defence runs out first"
      : "The attacker runs out first";
  return `${who} over the ${horizon}-night campaign: ${defence}; ${attack}.`;
}

/**
 * The key findings, in reading order.
 *
 * @example keyFindings({ scenario, rows, focusSize: 19 })[0] // "At 19 drones, the defender spends 24× …"
 */
export function keyFindings(input: FindingsInput): string[] {
  const row =
    input.rows.find((r) => r.swarmSize === input.focusSize) ??
    input.rows[Math.floor((input.rows.length - 1) / 2)];
  const out: string[] = [];
  if (row !== undefined) out.push(cerFinding(input, row));
  out.push(shotsFinding(input.scenario), breakEvenFinding(input.rows));
  const leak = leakFinding(input.rows);
  if (leak !== null) out.push(leak);
  const driver = input.tornado === undefined ? null : driverFinding(input.tornado);
  if (driver !== null) out.push(driver);
  if (input.campaign !== undefined) out.push(campaignFinding(input.scenario, input.campaign));
  return out;
}
