import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { InputError } from "./io.js";

function reason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "it is a folder, not a file";
  if (code === "EACCES") return "permission denied";
  if (code === "ENOTDIR" || code === "EEXIST") return "a file stands where a folder is needed";
  return (err as Error).message;
}

/** Reads a UTF-8 text file, refusing files larger than `maxBytes` before reading them. */
export async function readTextFile(path: string, maxBytes: number): Promise<string> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory())
      throw new InputError(`cannot read '${path}': it is a folder, not a file`);
    size = info.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`cannot read '${path}': ${reason(err)}`);
  }
  if (size > maxBytes) {
    throw new InputError(
      `${path}: the file is ${(size / 2 ** 20).toFixed(1)} MiB; scenario files are limited to ${(maxBytes / 2 ** 20).toFixed(0)} MiB`,
    );
  }
  try {
    return await readFile(path, "utf8");
  } catch (err) {
    throw new InputError(`cannot read '${path}': ${reason(err)}`);
  }
}

/**
 * Writes a file whole or not at all: the bytes go to a temporary name beside
 * the target, which is then renamed over it.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${path}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (err) {
    // The temporary file may not exist, or its folder may be a file.
    await rm(tmp, { force: true }).catch(() => undefined);
    throw new InputError(`cannot write '${path}': ${reason(err)}`);
  }
}

/** True when something exists at `path`. */
export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
