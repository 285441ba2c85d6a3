#!/usr/bin/env node
// The `cxr` executable: wires the real process to the in-process CLI.
import { runCli } from "./program.js";

const controller = new AbortController();
process.once("SIGINT", () => {
  controller.abort();
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: { write: (s) => void process.stdout.write(s), isTTY: process.stdout.isTTY },
  stderr: { write: (s) => void process.stderr.write(s), isTTY: process.stderr.isTTY },
  interrupt: controller.signal,
});
