/// <reference lib="dom" />
import type { RunResult, Scenario } from "../../model/index.js";
import { simulateSync } from "../../sim/simulate-sync.js";
import type { McJob, McReply } from "./monte-carlo-messages.js";
import { monteCarloSteps } from "./monte-carlo-steps.js";

export type McListener = (result: RunResult, final: boolean) => void;
export type McErrorListener = (message: string) => void;

/**
 * Runs Monte Carlo jobs in a Web Worker started from a Blob URL of the
 * worker code inlined in the page (so it works from file://). Where a
 * worker cannot start, the same steps run in this thread between tasks.
 * Only the newest job reports.
 */
export class MonteCarlo {
  private worker: Worker | null = null;
  private id = 0;

  constructor(
    workerSource: string,
    private readonly onResult: McListener,
    private readonly onError: McErrorListener,
  ) {
    try {
      const url = URL.createObjectURL(new Blob([workerSource], { type: "text/javascript" }));
      this.worker = new Worker(url);
      this.worker.onmessage = (e: MessageEvent<McReply>) => {
        this.reply(e.data);
      };
      this.worker.onerror = (e) => {
        e.preventDefault();
        this.worker = null;
        this.onError(`the Monte Carlo worker stopped (${e.message}); running in the page`);
      };
    } catch {
      this.worker = null;
    }
  }

  /** Whether jobs run in a worker (false: in this thread). */
  get inWorker(): boolean {
    return this.worker !== null;
  }

  start(scenario: Scenario, trials: number, seed: number): void {
    const job = { id: ++this.id, scenario, trials, seed };
    if (this.worker !== null) this.worker.postMessage(job);
    else void this.runHere(job);
  }

  /** Stops reporting the current job. */
  cancel(): void {
    this.id++;
    this.worker?.postMessage({ id: this.id, scenario: null, trials: 0, seed: 0 });
  }

  private reply(r: McReply): void {
    if (r.id !== this.id) return;
    if (r.error !== null) this.onError(r.error);
    else if (r.result !== null) this.onResult(r.result, r.final);
  }

  private async runHere(job: McJob & { scenario: Scenario }): Promise<void> {
    for (const trials of monteCarloSteps(job.trials)) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (job.id !== this.id) return;
      try {
        const result = simulateSync(job.scenario, { trials, seed: job.seed });
        this.reply({ id: job.id, result, final: trials === job.trials, error: null });
      } catch (err) {
        this.reply({ id: job.id, result: null, final: true, error: String(err) });
        return;
      }
    }
  }
}
