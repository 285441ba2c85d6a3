// Where node:worker_threads cannot load (a browser bundle), simulate runs every
// batch in the calling thread, with the bytes of any worker count.
import { describe, expect, it, vi } from "vitest";
import { simulate, simulateSync } from "../../src/sim/index.js";
import { mcStandard } from "./fixtures.js";

vi.mock("../../src/sim/worker-pool.js", () => {
  throw new Error("Cannot find module 'node:worker_threads'");
});

describe("simulate without worker threads", () => {
  it("falls back to the calling thread and gives the same JSON as simulateSync", async () => {
    const sc = mcStandard([1, 40, 700]);
    const options = { trials: 1100, seed: 5 };
    const reference = JSON.stringify(simulateSync(sc, options));
    const seen: number[] = [];
    const sim = await simulate(sc, { ...options, workers: 4, onProgress: (d) => seen.push(d) });
    expect(JSON.stringify(sim) === reference).toBe(true);
    // In-thread batches report in order: 512, 1024, 1100.
    expect(seen).toEqual([512, 1024, 1100]);
  });
});
