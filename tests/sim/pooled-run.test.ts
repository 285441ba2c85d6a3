// The scheduler every pooled Monte Carlo run shares (src/sim/pooled-run.ts),
// driven with fake worker threads: a failure anywhere settles the run as a
// rejection and releases the threads as stopped, never crashes or hangs.
import { EventEmitter } from "node:events";
import type { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { type PooledJob, runPooled } from "../../src/sim/pooled-run.js";

/** A worker that answers each task on the next tick: a batch of 10 trials, or its band rows. */
class FakeWorker extends EventEmitter {
  postMessage(task: { batch?: number }): void {
    setImmediate(() => {
      this.emit("message", task.batch === undefined ? { bands: true } : { trials: 10 });
    });
  }
}

function job(
  overrides: Partial<PooledJob<string>> = {},
): PooledJob<string> & { released: boolean[] } {
  const released: boolean[] = [];
  return {
    name: "test",
    batches: 6,
    trials: 60,
    bandRows: 4,
    acquire: (count) => Array.from({ length: count }, () => new FakeWorker() as unknown as Worker),
    release: (_threads, clean) => {
      released.push(clean);
      return Promise.resolve();
    },
    postBatch: (thread, batch) => {
      thread.postMessage({ batch });
    },
    runBatch: () => 10,
    fillBands: () => undefined,
    summarize: () => "done",
    released,
    ...overrides,
  };
}

describe("runPooled", () => {
  it("runs every batch on the threads and the calling one, then summarizes", async () => {
    const j = job();
    const seen: number[] = [];
    await expect(runPooled(j, 3, { onProgress: (done) => seen.push(done) })).resolves.toBe("done");
    // 6 batches of 10 trials, each reported once; the threads go back clean.
    expect(seen).toEqual([10, 20, 30, 40, 50, 60]);
    expect(j.released).toEqual([true]);
  });

  it("rejects, and stops its threads, when posting a batch fails inside a worker's report", async () => {
    let posted = 0;
    const j = job({
      postBatch: (thread, batch) => {
        // The first posts come from start(); later ones from a worker's message handler.
        if (++posted === 4) throw new Error("cannot draw batch");
        thread.postMessage({ batch });
      },
    });
    await expect(runPooled(j, 2, {})).rejects.toThrow("cannot draw batch");
    expect(j.released).toEqual([false]);
  });

  it("rejects when the threads cannot be had", async () => {
    const j = job({
      acquire: () => {
        throw new Error("no threads");
      },
    });
    await expect(runPooled(j, 2, {})).rejects.toThrow("no threads");
  });

  it("settles even when releasing the threads fails", async () => {
    const j = job({ release: () => Promise.reject(new Error("terminate failed")) });
    await expect(runPooled(j, 2, {})).resolves.toBe("done");
  });
});
