// The CLI as a user's shell runs it: the bundled dist/ executable under a
// real pseudo-terminal (util-linux `script`), so stdout and stderr are TTYs.
// Every other CLI test pipes them, which is how a crash of the bundled
// progress bar in a terminal went unseen.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const HAS_SCRIPT = spawnSync("script", ["--version"]).status === 0;
if (!HAS_SCRIPT)
  console.warn(
    "terminal tests skipped: util-linux `script` is missing (apt-get install util-linux)",
  );

function withoutNoColor(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const rest = { ...env };
  delete rest["NO_COLOR"];
  return rest;
}

interface PtyRun {
  readonly output: string;
  readonly exit: number | null;
}

/**
 * Runs `node dist/cli/bin.js ARGS` under a pseudo-terminal. `keys.text` is
 * typed once the output matches `keys.when`: typing on a timer raced the
 * start-up of node on a loaded machine (the key reached the shell, not cxr).
 *
 * The exit status is `script -e`'s, which passes on the child's. An earlier
 * version appended `; echo EXIT=$?` to the command instead: under bash that
 * works, but where `script` runs the command with dash (SHELL unset or
 * /bin/sh, as on CI), a Ctrl-C typed at the terminal also stops the shell,
 * the echo never runs and the status was lost.
 */
function underPty(
  args: string,
  env: Record<string, string> = {},
  keys?: { text: string; when: RegExp },
): Promise<PtyRun> {
  const child = spawn("script", ["-qec", `node dist/cli/bin.js ${args}`, "/dev/null"], {
    // CI exports NO_COLOR: each test states the colour setting it means.
    env: { ...withoutNoColor(process.env), ...env },
  });
  let output = "";
  let typed = false;
  child.stdout.on("data", (d: Buffer) => {
    output += d.toString();
    if (keys !== undefined && !typed && keys.when.test(output)) {
      typed = true;
      child.stdin.write(keys.text);
    }
  });
  return new Promise((resolve) => {
    child.on("close", (code) => {
      resolve({ output, exit: code });
    });
  });
}

describe.skipIf(!HAS_SCRIPT)("the CLI in a real terminal", () => {
  it("draws the Monte Carlo progress bar and exits 0", async () => {
    const r = await underPty(
      "run scenarios/ukraine-2025-09-07.yaml --trials 20000 --sizes 10,100,810",
      { CXR_PROGRESS_AFTER_MS: "0" },
    );
    expect(r.output).not.toContain("internal error");
    expect(r.output).toMatch(/trials .*\d+%/);
    expect(r.exit).toBe(0);
  }, 60_000);

  it("stops on Ctrl-C typed at the terminal with status 130 and writes nothing", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "cxr-pty-")), "pack");
    // Ctrl-C (ETX) typed into the terminal once the progress bar shows (cxr
    // is running and its handler is installed): the line discipline sends SIGINT.
    const r = await underPty(
      `report scenarios/poland-2025-09-10.yaml --trials 2000000 --workers 2 --out ${out}`,
      { CXR_PROGRESS_AFTER_MS: "0" },
      { text: "\u0003", when: /\d+%/ },
    );
    expect(r.exit).toBe(130);
    expect(r.output).toContain("interrupted");
    expect(r.output).not.toMatch(/\n\s+at /);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  }, 60_000);

  it("colours the catalog grades on a terminal, unless NO_COLOR is non-empty", async () => {
    // The table's header is bold and each grade has its colour: any SGR sequence.
    const SGR = new RegExp(String.raw`\u001b\[\d+m`);
    expect((await underPty("catalog")).output).toMatch(SGR);
    expect((await underPty("catalog", { NO_COLOR: "1" })).output).not.toMatch(SGR);
    // no-color.org: an empty NO_COLOR does not turn colour off.
    expect((await underPty("catalog", { NO_COLOR: "" })).output).toMatch(SGR);
  }, 60_000);
});
