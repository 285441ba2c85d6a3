// Worker threads run the compiled library (dist/, built by vitest's global setup):
// any worker count gives the bytes of one thread.
import { describe, expect, it } from "vitest";
import type * as Campaign from "../../src/campaign/index.js";
import { drone, layer } from "../engine/fixtures.js";
import { campaignScenario } from "./fixtures.js";

const distPath = new URL("../../dist/src/campaign/index.js", import.meta.url).href;
const load = (): Promise<typeof Campaign> => import(distPath) as Promise<typeof Campaign>;

describe("Monte Carlo campaign with worker threads (dist/)", () => {
  it("1, 2 and 3 workers give byte-identical JSON", { timeout: 90_000 }, async () => {
    const { campaign } = await load();
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
    const options = { trials: 1300, seed: 9 }; // 3 batches, the last partial
    const reference = JSON.stringify(await campaign(s, { ...options, workers: 1 }));
    for (const workers of [2, 3]) {
      const json = JSON.stringify(await campaign(s, { ...options, workers }));
      expect(json === reference, `${workers} workers`).toBe(true);
    }
  });
});
