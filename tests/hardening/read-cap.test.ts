// Issue 15, item 12: the 5 MiB cap on scenario files holds while reading,
// for devices and pipes too, whose size `stat` reports as 0. Before, a FIFO
// that never closed hung `validate` forever and `/dev/zero` was read for
// hundreds of megabytes.
import { execFileSync } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_SCENARIO_BYTES } from "../../src/scenario/index.js";
import { cli } from "../cli/run-cli.js";

/** Every folder of this file, removed at the end. */
const ROOT = mkdtempSync(join(tmpdir(), "cxr-read-cap-"));
afterAll(() => {
  rmSync(ROOT, { recursive: true, force: true });
});

describe("the scenario read cap", () => {
  it.skipIf(!existsSync("/dev/zero"))(
    "stops reading /dev/zero at 5 MiB with a user error",
    async () => {
      const r = await cli(["validate", "/dev/zero"]);
      expect(r.code).toBe(1);
      // 5 MiB = 5 × 1,048,576 = 5,242,880 bytes.
      expect(MAX_SCENARIO_BYTES).toBe(5_242_880);
      expect(r.stderr).toContain("/dev/zero: more than 5242880 bytes");
      expect(r.stderr).toContain("limited to 5 MiB");
      expect(r.stderr).not.toMatch(/\n\s+at /);
    },
    20_000,
  );

  it("stops reading a FIFO that sends 6 MiB and never closes", async () => {
    const dir = mkdtempSync(join(ROOT, "fifo-"));
    const fifo = join(dir, "scenario.yaml");
    execFileSync("mkfifo", [fifo]);
    const writer = createWriteStream(fifo);
    writer.on("error", () => undefined); // EPIPE once cxr stops reading
    const chunk = Buffer.alloc(1 << 20, "#");
    // 6 chunks of 1 MiB, and the pipe is left open: no end of file ever comes.
    for (let i = 0; i < 6; i++) writer.write(chunk);
    try {
      const r = await cli(["validate", fifo]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`${fifo}: more than 5242880 bytes`);
    } finally {
      writer.destroy();
    }
  }, 20_000);

  it("still names the size of a regular file that is too large before reading it", async () => {
    const dir = mkdtempSync(join(ROOT, "big-"));
    const big = join(dir, "big.yaml");
    // 6 MiB of comment: 6,291,456 bytes = 6.0 MiB.
    execFileSync("truncate", ["-s", String(6 * 2 ** 20), big]);
    const r = await cli(["validate", big]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${big}: the file is 6.0 MiB; scenario files are limited to 5 MiB`);
  });
});
