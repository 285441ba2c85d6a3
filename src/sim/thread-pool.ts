// The worker threads kept alive between simulations (Node only: the one module
// of the engine that imports node:worker_threads, loaded lazily by simulate).
import { Worker } from "node:worker_threads";

/** Idle worker threads, unreferenced so that they never keep a process alive. */
const idle: Worker[] = [];

function spawn(): Worker {
  const w = new Worker(new URL("./sim-worker.js", import.meta.url));
  // A worker that dies while idle (or is terminated) leaves the pool.
  w.once("exit", () => {
    const i = idle.indexOf(w);
    if (i >= 0) idle.splice(i, 1);
  });
  return w;
}

/**
 * `count` worker threads for one simulation, idle ones first, new ones for
 * the rest; referenced while the run uses them (their messages keep the
 * process alive). Give them back with {@link releaseThreads} or end them
 * with {@link terminateThreads}.
 */
export function acquireThreads(count: number): Worker[] {
  const out = idle.splice(Math.max(0, idle.length - count));
  while (out.length < count) out.push(spawn());
  for (const w of out) w.ref();
  return out;
}

/** Returns threads to the pool after a clean run: idle, unreferenced, listeners of the run removed. */
export function releaseThreads(threads: readonly Worker[]): void {
  for (const w of threads) {
    w.removeAllListeners("message");
    w.removeAllListeners("error");
    w.unref();
    idle.push(w);
  }
}

/** Ends threads whose state is unknown (an aborted or failed run). */
export async function terminateThreads(threads: readonly Worker[]): Promise<void> {
  await Promise.allSettled(threads.map((w) => w.terminate()));
}

/**
 * Ends every idle worker thread of the pool. Never needed for a process to
 * exit (idle threads are unreferenced); for tests that count threads, and
 * for hosts that want the memory back.
 *
 * @example await shutdownWorkers();
 */
export async function shutdownWorkers(): Promise<void> {
  await terminateThreads(idle.splice(0));
}

/** Idle threads in the pool now. */
export function idleThreadCount(): number {
  return idle.length;
}
