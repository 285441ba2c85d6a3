// Worker threads: the compiled library (dist/, built by vitest's global
// setup) runs the pool, since a worker must be plain JavaScript. Any worker
// count gives the same bytes; an abort rejects and leaves no thread behind.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type * as Sim from "../../src/sim/index.js";
import { mcStandard } from "./fixtures.js";

const distPath = new URL("../../dist/src/sim/index.js", import.meta.url).href;
const load = (): Promise<typeof Sim> => import(distPath) as Promise<typeof Sim>;

/** Threads of this process (Linux); null where /proc is not there. */
function threadCount(): number | null {
  try {
    return readdirSync("/proc/self/task").length;
  } catch {
    return null;
  }
}

async function settleThreads(baseline: number | null): Promise<number | null> {
  // A terminated worker's OS thread is joined shortly after its exit event.
  for (let i = 0; i < 50 && threadCount() !== baseline; i++) {
    await new Promise((r) => setTimeout(r, 20));
  }
  return threadCount();
}

describe("simulate with worker threads (dist/)", () => {
  const sc = mcStandard([1, 12, 130, 1000]);

  it("1, 2, 4 and 8 workers give byte-identical JSON, equal to simulateSync", async () => {
    const { simulate, simulateSync } = await load();
    const options = { trials: 2600, seed: 42, keep: { swarmSize: 130 } }; // 6 batches, last partial
    const reference = JSON.stringify(simulateSync(sc, options));
    for (const workers of [1, 2, 4, 8]) {
      const json = JSON.stringify(await simulate(sc, { ...options, workers }));
      expect(json === reference, `${workers} workers`).toBe(true);
    }
  }, 120_000); // 5 simulations, some with 8 threads, on a machine that may be busy

  it("reports progress up to the total", async () => {
    const { simulate } = await load();
    const seen: number[] = [];
    await simulate(sc, {
      trials: 1500,
      seed: 1,
      workers: 2,
      onProgress: (done, total) => {
        expect(total).toBe(1500);
        seen.push(done);
      },
    });
    // Three batches (512, 512, 476 trials) finish in any order; the count only grows.
    expect(seen).toHaveLength(3);
    expect(seen[2]).toBe(1500);
    expect(seen[0]! < seen[1]! && seen[1]! < seen[2]!).toBe(true);
  });

  it("keeps its worker threads between calls: a second run starts none", async () => {
    const { simulate, shutdownWorkers } = await load();
    await shutdownWorkers();
    await new Promise((r) => setTimeout(r, 100)); // terminated threads are joined shortly after
    const baseline = threadCount();
    const options = { trials: 1600, seed: 3, workers: 3 }; // 4 batches: 2 worker threads
    const first = JSON.stringify(await simulate(sc, options));
    const afterFirst = threadCount();
    const second = JSON.stringify(await simulate(sc, options));
    expect(second === first).toBe(true);
    if (baseline !== null) {
      expect(afterFirst).toBeGreaterThanOrEqual(baseline + 2);
      expect(threadCount()).toBe(afterFirst);
      await shutdownWorkers();
      expect(await settleThreads(baseline)).toBe(baseline);
    }
  });

  it("an idle pool does not keep a process alive", () => {
    // A child process runs a pooled simulation and returns from its module without
    // shutting the pool down: it must exit by itself (the test times out otherwise).
    const script = `
      const { simulate } = await import(${JSON.stringify(distPath)});
      const sc = ${JSON.stringify(sc)};
      const r = await simulate(sc, { trials: 1100, seed: 1, workers: 2 });
      process.stdout.write(String(r.rows.length));
    `;
    const file = join(mkdtempSync(join(tmpdir(), "cxr-pool-")), "run.mjs");
    writeFileSync(file, script);
    const out = execFileSync(process.execPath, [file], {
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(out).toBe("4");
  });

  it("an aborted simulation rejects with an AbortError and its workers are gone", async () => {
    const { simulate, shutdownWorkers } = await load();
    // Idle threads of earlier runs are not this run's: count from none.
    await shutdownWorkers();
    await new Promise((r) => setTimeout(r, 100)); // terminated threads are joined shortly after
    const baseline = threadCount();
    const controller = new AbortController();
    let calls = 0;
    let threadsWhileRunning: number | null = null;
    const run = simulate(sc, {
      trials: 200_000,
      seed: 1,
      workers: 3, // the calling thread and 2 worker threads
      signal: controller.signal,
      onProgress: () => {
        calls++;
        threadsWhileRunning ??= threadCount();
        controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    const callsAtReject = calls;
    if (baseline !== null) {
      expect(threadsWhileRunning).toBeGreaterThanOrEqual(baseline + 2);
      expect(await settleThreads(baseline)).toBe(baseline);
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(calls).toBe(callsAtReject);
  });

  it("an already-aborted signal rejects at once", async () => {
    const { simulate } = await load();
    const controller = new AbortController();
    controller.abort();
    await expect(
      simulate(sc, { trials: 100, seed: 1, workers: 2, signal: controller.signal }),
    ).rejects.toMatchObject({ name: "AbortError" });
  });
});
