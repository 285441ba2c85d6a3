import type { RunResult, Scenario } from "../../model/index.js";

/** A Monte Carlo job for the explorer's worker. */
export interface McJob {
  readonly id: number;
  /** Null: no new work, only stop the older jobs. */
  readonly scenario: Scenario | null;
  readonly trials: number;
  readonly seed: number;
}

/** One step of a job: a whole run at some trial count, or an error. */
export interface McReply {
  readonly id: number;
  readonly result: RunResult | null;
  readonly final: boolean;
  readonly error: string | null;
}
