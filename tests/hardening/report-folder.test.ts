// Issue 15, item 9: a report folder is written all at once. It is built
// beside the target and swapped in, so kill -9 mid-write leaves the old
// report whole, Ctrl-C mid-write exits 130 with the old report whole and no
// temporary folder, stale files of an earlier report disappear, and a
// non-empty folder that is not a cxr report is refused without --force.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { mkdir, mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPORT_MANIFEST } from "../../src/cli/report-folder.js";
import { cli } from "../cli/run-cli.js";

/** Every folder of this file, removed at the end. */
const ROOT = mkdtempSync(join(tmpdir(), "cxr-report-folder-"));
afterAll(() => {
  rmSync(ROOT, { recursive: true, force: true });
});

const FILE = "scenarios/poland-2025-09-10.yaml";

async function freshDir(): Promise<string> {
  return mkdtemp(join(ROOT, "cxr-report-folder-"));
}

/** A report written by cxr, with a stale file of "an earlier version" planted in it. */
async function oldReport(parent: string): Promise<{ out: string; index: string }> {
  const out = join(parent, "pack");
  const r = await cli(["report", FILE, "--out", out, "--set", "title=Old report"]);
  expect(r.code).toBe(0);
  return { out, index: await readFile(join(out, "index.html"), "utf8") };
}

/** Names in `parent` other than the report itself: temporary folders. */
async function leftovers(parent: string): Promise<string[]> {
  return (await readdir(parent)).filter((n) => n !== "pack");
}

/**
 * Starts `cxr report` with a pause after each file, waits until its
 * temporary folder holds a file (mid-write), sends `signal`, and returns the
 * exit code and signal.
 */
async function interruptMidWrite(parent: string, out: string, signal: NodeJS.Signals) {
  const child = spawn(process.execPath, ["dist/cli/bin.js", "report", FILE, "--out", out], {
    env: { ...process.env, CXR_WRITE_PAUSE_MS: "300" },
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const closed = new Promise<[number | null, NodeJS.Signals | null]>((r) =>
    child.on("close", (code, sig) => {
      r([code, sig]);
    }),
  );
  for (;;) {
    const temp = (await leftovers(parent)).find((n) => n.includes(".cxr-new-"));
    if (temp !== undefined && (await readdir(join(parent, temp))).length > 0) break;
    if (child.exitCode !== null) throw new Error(`cxr report ended early: ${stderr}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  child.kill(signal);
  const [code, sig] = await closed;
  return { code, sig, stderr };
}

describe("report folders", () => {
  it("kill -9 mid-write leaves the old report intact", async () => {
    const parent = await freshDir();
    const { out, index } = await oldReport(parent);
    const { sig } = await interruptMidWrite(parent, out, "SIGKILL");
    expect(sig).toBe("SIGKILL");
    expect(await readFile(join(out, "index.html"), "utf8")).toBe(index);
    // The next run clears the killed run's temporary folder and succeeds.
    expect((await leftovers(parent)).length).toBe(1);
    expect((await cli(["report", FILE, "--out", out])).code).toBe(0);
    expect(await leftovers(parent)).toEqual([]);
    expect(await readFile(join(out, "index.html"), "utf8")).not.toContain("Old report");
  }, 120_000);

  it("Ctrl-C mid-write exits 130, keeps the old report and leaves no temporary folder", async () => {
    const parent = await freshDir();
    const { out, index } = await oldReport(parent);
    const { code, stderr } = await interruptMidWrite(parent, out, "SIGINT");
    expect(code).toBe(130);
    expect(stderr).toContain("interrupted");
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(await readFile(join(out, "index.html"), "utf8")).toBe(index);
    expect(await leftovers(parent)).toEqual([]);
  }, 120_000);

  it("stale files of an earlier report disappear; the manifest lists what was written", async () => {
    const parent = await freshDir();
    const { out } = await oldReport(parent);
    await writeFile(join(out, "charts", "dropped-chart.svg"), "<svg/>");
    expect((await cli(["report", FILE, "--out", out])).code).toBe(0);
    expect(existsSync(join(out, "charts", "dropped-chart.svg"))).toBe(false);
    const manifest = JSON.parse(await readFile(join(out, REPORT_MANIFEST), "utf8"));
    expect(manifest.generator).toBe("cxr");
    expect(manifest.version).toBe(JSON.parse(await readFile("package.json", "utf8")).version);
    // Every file on disk but the manifest is listed, and nothing else.
    const files = (await readdir(out, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile() && e.name !== REPORT_MANIFEST)
      .map((e) => relative(out, join(e.parentPath, e.name)))
      .sort();
    expect([...manifest.files].sort()).toEqual(files);
  }, 120_000);

  it("refuses a non-empty folder that is not a cxr report, unless --force", async () => {
    const parent = await freshDir();
    const out = join(parent, "notes");
    await mkdir(out);
    await writeFile(join(out, "thesis.docx"), "my own work");
    const r = await cli(["report", FILE, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${out} is not empty and is not a cxr report`);
    expect(r.stderr).toContain("--force");
    expect(await readFile(join(out, "thesis.docx"), "utf8")).toBe("my own work");
    expect(await readdir(parent)).toEqual(["notes"]);

    const forced = await cli(["report", FILE, "--out", out, "--force"]);
    expect(forced.code).toBe(0);
    expect(existsSync(join(out, "thesis.docx"))).toBe(false);
    expect(existsSync(join(out, REPORT_MANIFEST))).toBe(true);
  }, 120_000);

  it("writes into an empty folder and refuses a plain file without --force", async () => {
    const parent = await freshDir();
    const empty = join(parent, "empty");
    await mkdir(empty);
    expect((await cli(["report", FILE, "--out", empty])).code).toBe(0);
    const file = join(parent, "a-file");
    await writeFile(file, "x");
    const r = await cli(["report", FILE, "--out", file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("is a file, not a cxr report folder");
    expect(await readFile(file, "utf8")).toBe("x");
  }, 120_000);
});
