import type * as CliProgressModule from "cli-progress";
import type { CliIo } from "./io.js";

type CliProgress = typeof CliProgressModule;

/** A progress callback plus its cleanup. */
export interface Progress {
  readonly update: (done: number, total: number) => void;
  readonly stop: () => void;
}

const SILENT: Progress = { update: () => undefined, stop: () => undefined };

/**
 * A progress bar on standard error, only when it is a terminal, not `--quiet`,
 * and the run has lasted over a second (short runs stay silent).
 */
export async function progressBar(io: CliIo, quiet: boolean): Promise<Progress> {
  if (quiet || !io.stderr.isTTY) return SILENT;
  // cli-progress is CommonJS: take its exports from `default`, which both
  // Node's ESM loader and the esbuild bundle provide (named exports exist
  // only in the former: the bundled CLI crashed in a real terminal).
  const mod: CliProgress & { default?: CliProgress } = await import("cli-progress");
  const { SingleBar, Presets } = mod.default ?? mod;
  const started = performance.now();
  let bar: InstanceType<typeof SingleBar> | undefined;
  return {
    update(done, total) {
      if (bar === undefined) {
        if (performance.now() - started < (io.progressAfterMs ?? 1000) || done >= total) return;
        bar = new SingleBar(
          {
            stream: process.stderr,
            format: "trials {bar} {percentage}% · {value}/{total} · eta {eta}s",
            hideCursor: true,
          },
          Presets.shades_classic,
        );
        bar.start(total, done);
      }
      bar.update(done);
    },
    stop() {
      bar?.stop();
    },
  };
}
