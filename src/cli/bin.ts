#!/usr/bin/env node
// The `cxr` executable: wires the real process to the in-process CLI.
import { colorWanted } from "./io.js";
import { runCli } from "./program.js";

const controller = new AbortController();
process.once("SIGINT", () => {
  controller.abort();
});

process.exitCode = await runCli(process.argv.slice(2), {
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
