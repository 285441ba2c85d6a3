// Analysis speed: a tornado and a break-even on the synthetic scenario of
// the deterministic benchmark. Single-machine readings; no test asserts them.
import { median } from "simple-statistics";
import { breakEvenRows, tornado } from "../src/analysis/index.js";
import type { Scenario } from "../src/model/index.js";
import { syntheticScenario } from "./deterministic.js";

/** Median time (ms) of `f` over `runs` runs, after 3 warm-up runs. */
function timeMs(f: () => unknown, runs: number): number {
  for (let i = 0; i < 3; i++) f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** The synthetic scenario (10 layers) with every layer's cost per shot uncertain: 10 uncertain inputs. */
function uncertainScenario(sizes: number): Scenario {
  const s = syntheticScenario(10, sizes);
  return {
    ...s,
    layers: s.layers.map((l) => ({
      ...l,
      costPerShot: {
        ...l.costPerShot,
        dist: {
          kind: "pert",
          min: 0.5 * l.costPerShot.base,
          mode: l.costPerShot.base,
          max: 2 * l.costPerShot.base,
        },
      },
    })),
  };
}

/** Median in-process time (ms) of a tornado over 10 uncertain inputs at one swarm size (goal < 200 ms). */
export function tornadoBench(runs = 30): number {
  const s = uncertainScenario(1);
  return timeMs(() => tornado(s, { swarmSize: 500 }), runs);
}

/** Median in-process time (ms) of a break-even of one cost per shot over 100 swarm sizes (goal < 200 ms). */
export function breakEvenBench(runs = 15): number {
  const s = uncertainScenario(100);
  return timeMs(() => breakEvenRows(s, { path: "l0.costPerShot" }), runs);
}
