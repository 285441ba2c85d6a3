import { STARTER_SCENARIO } from "../../scenario/index.js";
import { exists, writeFileAtomic } from "../files.js";
import { type CliIo, InputError } from "../io.js";

/** `cxr init [FILE]`: a commented starter scenario; never overwrites without --force. */
export async function initCommand(io: CliIo, file: string, force: boolean): Promise<void> {
  if (!force && (await exists(file))) {
    throw new InputError(
      `${file} already exists: choose another name or pass --force to overwrite it`,
    );
  }
  await writeFileAtomic(file, STARTER_SCENARIO);
  io.stdout.write(`wrote ${file}: edit it, then run  cxr run ${file}\n`);
}
