// Global setup: build dist/ once (tsc, then the bundled CLI and the catalog
// snapshot), so tests can run the real executable and worker threads (a
// worker must be plain JavaScript).
import { execFileSync } from "node:child_process";

export default function setup(): void {
  // Engineers working on one area at a time may skip the build.
  if (process.env.CXR_SKIP_BUILD === "1") return;
  execFileSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });
}
