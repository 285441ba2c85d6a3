// Global setup: compile to dist/ once, so tests can run the built CLI and
// worker threads (a worker must be plain JavaScript).
import { execFileSync } from "node:child_process";

export default function setup(): void {
  // Helpers working on one area at a time may skip the build.
  if (process.env.CXR_SKIP_BUILD === "1") return;
  execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], {
    stdio: "inherit",
  });
}
