import { CxrError } from "../../model/cxr-error.js";
import { escapeControls } from "../../results/safe-text.js";
import { type CliIo, InputError } from "../io.js";
import { loadScenarioFile } from "../scenario-file.js";

/** `cxr validate FILE...`: every problem of every file; exit 1 if any. */
export async function validateCommand(io: CliIo, files: readonly string[]): Promise<void> {
  let bad = 0;
  for (const file of files) {
    try {
      await loadScenarioFile(file, {});
      io.stdout.write(`ok  ${escapeControls(file)}\n`);
    } catch (err) {
      if (!(err instanceof CxrError)) throw err;
      bad++;
      io.stderr.write(`${escapeControls(err.message, { keepNewlines: true })}\n`);
    }
  }
  if (bad > 0) throw new InputError(`${bad} of ${files.length} file(s) have problems`);
}
