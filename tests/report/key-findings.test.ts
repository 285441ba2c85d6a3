// Issue 11, the report as a briefing: key findings computed from the results.
import { describe, expect, it } from "vitest";
import { withFocus } from "../../src/analysis/index.js";
import { keyFindings } from "../../src/briefing/key-findings.js";
import { evaluate } from "../../src/engine/index.js";
import { loadScenario } from "../../src/scenario/index.js";
import { SMALL_YAML } from "../analysis/fixtures.js";

function findingsOf(yaml: string) {
  const r = loadScenario(yaml, { file: "small.yaml" });
  if (!r.ok) throw new Error("fixture does not load");
  const scenario = withFocus(r.scenario, 10);
  return keyFindings({ scenario, rows: evaluate(scenario), focusSize: 10 });
}

// SMALL_YAML: one drone at €50k (base of uniform 40k–60k), damage €500k if it
// leaks; one missile layer at €200k a shot, pk 50 %, salvo of 2; sizes 1, 10, 100.
const NO_DAMAGE = SMALL_YAML.replace("damage: { uniform: [0, 1M] }", "damage: 0");
const MAGAZINE = SMALL_YAML.replace("pk: 50%", "pk: 50%\n      magazine: 8");

describe("key findings", () => {
  it("states the CER at the focus size, and that nothing runs out and nothing breaks even", () => {
    const [cer, shots, breakEven, ...rest] = findingsOf(NO_DAMAGE);
    // At 10 drones: 10 × 2 shots × €200k = €4M against 10 × €50k = €500k: CER 8.
    expect(cer).toBe(
      "At 10 drones, the defender spends 8× what the attacker spends (CER, €4M against €500k).",
    );
    expect(shots).toBe("No layer runs out of shots, at any swarm size.");
    // CER is 8 at every size: no crossing of 1.
    expect(breakEven).toBe(
      "No break-even: the defender pays more than the attacker at every swarm size shown (1 to 100 drones).",
    );
    expect(rest).toEqual([]);
  });

  it("leads with the net CER when leakers do damage", () => {
    const [cer] = findingsOf(SMALL_YAML);
    // Each drone survives both shots with (1 − 0.5)² = 0.25: 2.5 of 10 leak, €1.25M damage;
    // net CER = (€4M + €1.25M) / €500k = 10.5 → "11" (2 significant figures).
    expect(cer).toBe(
      "At 10 drones, defence and the damage of drones that get through cost 11× the attack (net CER); the defence alone costs 8× (CER, €4M against €500k).",
    );
  });

  it("says where the defence runs out, where it breaks even, and where a falling CER means leakers", () => {
    const findings = findingsOf(MAGAZINE);
    // 8 shots at 2 a drone: the budget is spent from 8 / 2 = 4 drones.
    expect(findings[1]).toBe("The defence runs out of shots first with the Missile, at 4 drones.");
    // Beyond 4 drones the defence spends 8 × €200k = €1.6M: CER = €1.6M / (€50k N) = 32 / N:
    // 3.2 at 10, 0.32 at 100; log–log interpolation crosses 1 at 10^(1 + ln 3.2 / ln 10) = 32.
    expect(findings[2]).toBe(
      "Break-even at about 32 drones: above it the attacker spends more than the defender (the CER falls below 1).",
    );
    // From 1 to 10 drones the CER falls (8 → 3.2) while leakers rise past 1.
    expect(findings[3]).toMatch(
      /^From 10 drones the plain CER falls because drones get through \(\d+(\.\d)? leak per attack there\), not because defence gets cheaper: the net CER, with their damage, is \d+×\.$/,
    );
  });
});
