import { randomBytes } from "node:crypto";
import { type FileHandle, mkdir, open, rename, rm, stat, writeFile } from "node:fs/promises";
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

function tooLarge(path: string, what: string, maxBytes: number): InputError {
  return new InputError(
    `${path}: ${what}; scenario files are limited to ${(maxBytes / 2 ** 20).toFixed(0)} MiB`,
  );
}

/**
 * Reads a UTF-8 text file of at most `maxBytes`. A regular file's size is
 * checked before reading; the cap also holds while reading, so a device
 * (`/dev/zero`), a FIFO or a file that grows stops at `maxBytes + 1` bytes
 * instead of filling memory (issue 15).
 */
export async function readTextFile(path: string, maxBytes: number): Promise<string> {
  let handle: FileHandle;
  try {
    handle = await open(path, "r");
  } catch (err) {
    throw new InputError(`cannot read '${path}': ${reason(err)}`);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory())
      throw new InputError(`cannot read '${path}': it is a folder, not a file`);
    if (info.size > maxBytes)
      throw tooLarge(path, `the file is ${(info.size / 2 ** 20).toFixed(1)} MiB`, maxBytes);
    // Room for the size stat reports and one byte more, grown (up to the cap)
    // for what stat does not know: a FIFO, a device, a file still growing.
    let buffer = Buffer.alloc(Math.min(maxBytes + 1, Math.max(info.size + 1, 64 * 1024)));
    let filled = 0;
    for (;;) {
      if (filled === buffer.length) {
        const grown = Buffer.alloc(Math.min(maxBytes + 1, buffer.length * 2));
        buffer.copy(grown, 0, 0, filled);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled > maxBytes) throw tooLarge(path, `more than ${maxBytes} bytes`, maxBytes);
    }
    return buffer.toString("utf8", 0, filled);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`cannot read '${path}': ${reason(err)}`);
  } finally {
    await handle.close();
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
