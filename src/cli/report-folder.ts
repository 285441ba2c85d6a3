/**
 * Writing a report folder all at once (issue 15): the files go into a
 * temporary folder beside the target (same parent, so renames stay on one
 * file system), which is then swapped in: the old report is renamed away,
 * the new one renamed in, the old one deleted. A kill at any moment leaves
 * the old report whole (at worst under its temporary name, between the two
 * renames); files of an earlier report never linger among new ones.
 *
 * A manifest, `.cxr-report.json`, marks a folder as a cxr report; a folder
 * that is not empty and has none is refused unless `force`.
 */
import { randomBytes } from "node:crypto";
import { lstat, mkdir, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { type CliIo, InputError } from "./io.js";

/** The file that marks a folder as a cxr report. */
export const REPORT_MANIFEST = ".cxr-report.json";

/** What the manifest holds. */
export interface ReportManifest {
  readonly generator: "cxr";
  readonly version: string;
  /** Every file written, relative to the folder, in writing order. */
  readonly files: readonly string[];
}

/** One file of the report: a relative POSIX path inside the folder. */
export interface FolderFile {
  readonly path: string;
  readonly data: string | Uint8Array;
}

/** Temporary names beside the target: `.NAME.cxr-new-XXXXXXXX` and `.NAME.cxr-old-XXXXXXXX`. */
function sideName(target: string, kind: "new" | "old"): string {
  return join(
    dirname(target),
    `.${basename(target)}.cxr-${kind}-${randomBytes(4).toString("hex")}`,
  );
}

const isLeftover = (target: string, name: string): boolean =>
  new RegExp(`^\\.${escapeRegExp(basename(target))}\\.cxr-(?:new|old)-[0-9a-f]{8}$`).test(name);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

async function isReport(folder: string): Promise<boolean> {
  try {
    const m = JSON.parse(await readFile(join(folder, REPORT_MANIFEST), "utf8")) as {
      generator?: unknown;
    };
    return m.generator === "cxr";
  } catch {
    return false;
  }
}

/**
 * Refuses, unless `force`, a target that exists and is neither an empty
 * folder nor a cxr report; a symlink is replaced, never followed. Runs
 * before any work, and again just before the swap.
 */
export async function checkReportOut(out: string, force: boolean): Promise<void> {
  if (force) return;
  let info;
  try {
    info = await lstat(out);
  } catch {
    return; // nothing there
  }
  if (info.isSymbolicLink()) return;
  const hint = "choose another folder or pass --force to replace it";
  if (!info.isDirectory())
    throw new InputError(`${out} is a file, not a cxr report folder: ${hint}`);
  if ((await readdir(out)).length === 0 || (await isReport(out))) return;
  throw new InputError(
    `${out} is not empty and is not a cxr report (no ${REPORT_MANIFEST}): ${hint}`,
  );
}

function interrupted(): Error {
  const err = new Error("interrupted while writing the report");
  err.name = "AbortError";
  return err;
}

const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function fill(dir: string, files: readonly FolderFile[], io: CliIo): Promise<void> {
  for (const f of files) {
    if (io.interrupt?.aborted === true) throw interrupted();
    const target = join(dir, f.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, f.data);
    if (io.writePauseMs !== undefined) await pause(io.writePauseMs);
  }
}

/**
 * Writes `files` as the folder `out`, replacing what was there (see the
 * module comment). Leftover temporary folders of an earlier, killed run of
 * the same target are removed first. On Ctrl-C (`io.interrupt`) before the
 * swap, the temporary folder is removed and an `AbortError` thrown (exit
 * 130): the old report is untouched.
 */
export async function writeReportFolder(
  out: string,
  files: readonly FolderFile[],
  options: { readonly version: string; readonly force: boolean },
  io: CliIo,
): Promise<void> {
  const parent = dirname(out);
  await mkdir(parent, { recursive: true }).catch((err: unknown) => {
    throw new InputError(`cannot write '${out}': ${(err as Error).message}`);
  });
  for (const name of await readdir(parent)) {
    if (isLeftover(out, name)) await rm(join(parent, name), { recursive: true, force: true });
  }
  const fresh = sideName(out, "new");
  const manifest: ReportManifest = {
    generator: "cxr",
    version: options.version,
    files: files.map((f) => f.path),
  };
  try {
    await mkdir(fresh);
    await fill(
      fresh,
      [...files, { path: REPORT_MANIFEST, data: `${JSON.stringify(manifest, null, 2)}\n` }],
      io,
    );
    await checkReportOut(out, options.force);
    if (io.interrupt?.aborted === true) throw interrupted();
    await swapIn(fresh, out);
  } catch (err) {
    await rm(fresh, { recursive: true, force: true });
    if (err instanceof InputError || (err as Error).name === "AbortError") throw err;
    throw new InputError(`cannot write '${out}': ${(err as Error).message}`);
  }
}

/** Renames `out` away (if there), `fresh` in, then deletes the old one; restores it if the second rename fails. */
async function swapIn(fresh: string, out: string): Promise<void> {
  const old = sideName(out, "old");
  let moved = false;
  try {
    await rename(out, old);
    moved = true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  try {
    await rename(fresh, out);
  } catch (err) {
    if (moved) await rename(old, out);
    throw err;
  }
  if (moved) await rm(old, { recursive: true, force: true });
}
