// Worker threads run the compiled library (dist/, built by vitest's global setup):
// any worker count gives the bytes of one thread.
import { describe, expect, it } from "vitest";
import type * as Campaign from "../../src/campaign/index.js";
import { drone, layer } from "../engine/fixtures.js";
import { campaignScenario } from "./fixtures.js";

const distPath = new URL("../../dist/src/campaign/index.js", import.meta.url).href;
const load = (): Promise<typeof Campaign> => import(distPath) as Promise<typeof Campaign>;

// 2 drone types, a gun and a SAM; 6 nights of 60 drones.
const s = campaignScenario(
  [
    drone({ id: "shahed", cost: 50_000, share: 0.6 }),
    drone({ id: "decoy", cost: 10_000, share: 0.4, decoy: true }),
  ],
  [
    layer({
      id: "gun",
      costPerShot: 5000,
      pk: 0.4,
      sls: 2,
      capacityShots: 30,
      availability: 0.9,
    }),
    layer({ id: "sam", costPerShot: 1e6, pk: 0.9, magazine: 8, discriminates: true }),
  ],
  {
    nights: 6,
    raid: 60,
    attacker: [{ id: "shahed", stock: 300, production: 20 }],
    defender: [{ id: "sam", stock: 40, production: 1.5, leadTime: 3, reserve: 4 }],
    holdLeakRate: 0.3,
  },
);
describe("Monte Carlo campaign with worker threads (dist/)", () => {
  it("1, 2 and 3 workers give byte-identical JSON", { timeout: 90_000 }, async () => {
    const { campaign } = await load();
    const options = { trials: 1300, seed: 9 }; // 3 batches, the last partial
    const reference = JSON.stringify(await campaign(s, { ...options, workers: 1 }));
    for (const workers of [2, 3]) {
      const json = JSON.stringify(await campaign(s, { ...options, workers }));
      expect(json === reference, `${workers} workers`).toBe(true);
    }
  });

  it("reports progress up to the total, in whole batches", { timeout: 90_000 }, async () => {
    const { campaign } = await load();
    const seen: [number, number][] = [];
    await campaign(s, {
      trials: 1300, // batches of 512, 512 and 276 trials
      seed: 9,
      workers: 2,
      onProgress: (done, total) => seen.push([done, total]),
    });
    expect(seen.map(([, total]) => total)).toEqual([1300, 1300, 1300]);
    // Batches finish in any order: the steps are the batch sizes, the last reaches 1,300.
    const steps = seen.map(([done], i) => done - (seen[i - 1]?.[0] ?? 0));
    expect(steps.sort((a, b) => a - b)).toEqual([276, 512, 512]);
  });

  it("an abort rejects with an AbortError", { timeout: 90_000 }, async () => {
    const { campaign } = await load();
    const controller = new AbortController();
    const run = campaign(s, {
      trials: 20_000,
      seed: 9,
      workers: 3,
      signal: controller.signal,
      onProgress: () => {
        controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
  });
});
