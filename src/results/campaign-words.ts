import type { CampaignResult, NightBand, Scenario } from "../model/index.js";
import { formatShare } from "./campaign-table.js";
import { formatCompact, formatCount, formatRatio } from "./format-number.js";

/** "a 10 %", "an 80 %", "an 11 %": the article English gives the spoken number. */
function aShare(pct: string): string {
  return /^(8|11 |18 |11\.|18\.)/.test(pct) ? `an ${pct}` : `a ${pct}`;
}

/** `on night 37`, or `beyond night 120` for a night past the horizon (none, or `D + 1` in Monte Carlo). */
function onNight(night: number | null, horizon: number): string {
  return night === null || night > horizon
    ? `beyond night ${horizon}`
    : `on night ${formatCount(night)}`;
}

/** ` (5–95 %: nights 30–45)` for a Monte Carlo band; a bound past the horizon reads "beyond". */
function spread(band: NightBand | undefined, horizon: number): string {
  if (band === undefined) return "";
  const n = (x: number): string => (x > horizon ? `beyond ${horizon}` : formatCount(x));
  return band.p5 === band.p95
    ? " in nearly every trial"
    : ` (median; 9 in 10 trials between night ${n(band.p5)} and ${n(band.p95)})`;
}

/**
 * The campaign's summary in sentences a minister's adviser can quote
 * (docs/campaign.md §4): when each limited stock runs dry, when each
 * attacker stock runs short, the first breach of the hold leak rate, the
 * sustainable raid, and the spend of each side.
 *
 * @example campaignSentences(s, r)[0] // "The PAC-3 stock runs dry on night 37."
 */
export function campaignSentences(scenario: Scenario, result: CampaignResult): string[] {
  const D = result.nights.length;
  const s = result.summary;
  const out: string[] = [];
  const first = result.nights[0];
  s.layers.forEach((l, k) => {
    if (first?.layers[k]?.stockEnd === null) return;
    const name = scenario.layers[k]?.name ?? l.id;
    const band = l.dryNightBand;
    const when = onNight(band?.p50 ?? l.dryNight, D);
    const verb = when.startsWith("beyond") ? "lasts" : "runs dry";
    out.push(`The ${name} stock ${verb} ${when}${spread(band, D)}.`);
  });
  s.drones.forEach((d, t) => {
    if (first?.drones[t]?.stockEnd === null) return;
    const name = scenario.drones[t]?.name ?? d.id;
    const band = d.attackerDryNightBand;
    const when = onNight(band?.p50 ?? d.attackerDryNight, D);
    const verb = when.startsWith("beyond") ? "lasts" : "falls short of the planned raid";
    out.push(`The attacker's ${name} stock ${verb} ${when}${spread(band, D)}.`);
  });
  const hold = scenario.campaign?.holdLeakRate ?? null;
  if (hold !== null) {
    const pct = formatShare(hold);
    const band = s.firstBreachNightBand;
    const breach = band?.p50 ?? s.firstBreachNight;
    out.push(
      breach === null || breach > D
        ? `The strike leak rate stays within ${pct} through night ${D}${spread(band, D)}.`
        : `The strike leak rate first exceeds ${pct} ${onNight(breach, D)}${spread(band, D)}.`,
    );
    const r = s.sustainableRaid;
    if (r === 0)
      out.push(
        `The defence cannot hold ${aShare(pct)} strike leak rate even against one drone a night.`,
      );
    else if (r !== null) {
      out.push(
        `The defence holds ${aShare(pct)} strike leak rate up to ${formatCount(r)} drones a night (base values).`,
      );
    }
  }
  const cur = scenario.currency;
  // Money a reader can quote: "117M EUR", not "117,325,211 EUR" (the table and CSV keep every digit).
  out.push(
    `Over ${D} nights ${formatCount(s.launched)} drones are launched and ${formatCount(s.leakers)} get through; ` +
      `the defender spends ${formatCompact(s.defenderCost)} ${cur} against the attacker's ` +
      `${formatCompact(s.attackerCost)} ${cur} (cost-exchange ratio ${formatRatio(s.cer)}).`,
  );
  return out;
}
