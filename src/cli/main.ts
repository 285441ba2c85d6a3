// The real process wired to the in-process CLI: what `cxr` runs, from source
// (src/cli/bin.ts) and from the bundle (dist/cli/cli.cjs, through
// src/cli/bundle-loader.ts).
import { colorWanted } from "./io.js";
import { runCli } from "./program.js";

export { runCli };

/** Runs `cxr` with this process's arguments, streams and environment; resolves to the exit status. */
export async function main(): Promise<number> {
  const controller = new AbortController();
  process.once("SIGINT", () => {
    controller.abort();
  });
  return runCli(process.argv.slice(2), {
    stdout: { write: (s) => void process.stdout.write(s), isTTY: process.stdout.isTTY },
    stderr: { write: (s) => void process.stderr.write(s), isTTY: process.stderr.isTTY },
    color: colorWanted(process.stdout.isTTY, process.env),
    // A test seam: the pseudo-terminal tests show the bar at once.
    ...(process.env["CXR_PROGRESS_AFTER_MS"] === undefined
      ? {}
      : { progressAfterMs: Number(process.env["CXR_PROGRESS_AFTER_MS"]) }),
    ...(process.env["CXR_WRITE_PAUSE_MS"] === undefined
      ? {}
      : { writePauseMs: Number(process.env["CXR_WRITE_PAUSE_MS"]) }),
    interrupt: controller.signal,
  });
}
