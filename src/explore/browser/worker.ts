/// <reference lib="dom" />
/**
 * The explorer's Monte Carlo worker: the library's own simulator, run on
 * the scenario the page loaded. Each job runs with growing trial counts
 * (512, 1,024, 2,048, … then the count asked for) so the band fills in; each
 * step is exactly `cxr run --trials t --seed S`, and a newer job stops an
 * older one between steps.
 */
import { monteCarloSteps } from "./monte-carlo-steps.js";
import type { McJob, McReply } from "./monte-carlo-messages.js";
import type { Scenario } from "../../model/index.js";
import { simulateSync } from "../../sim/simulate-sync.js";

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<McJob>) => void) | null;
  postMessage(message: McReply): void;
};

let latest = 0;

const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function run(job: McJob & { scenario: Scenario }): Promise<void> {
  for (const trials of monteCarloSteps(job.trials)) {
    await pause();
    if (job.id !== latest) return;
    try {
      const sim = simulateSync(job.scenario, { trials, seed: job.seed });
      scope.postMessage({ id: job.id, result: sim, final: trials === job.trials, error: null });
    } catch (err) {
      scope.postMessage({ id: job.id, result: null, final: true, error: String(err) });
      return;
    }
  }
}

scope.onmessage = (e) => {
  latest = e.data.id;
  const job = e.data;
  if (job.scenario !== null) void run({ ...job, scenario: job.scenario });
};
