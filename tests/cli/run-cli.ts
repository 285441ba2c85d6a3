// Runs the CLI in-process with captured output.
import { runCli } from "../../src/cli/program.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(args: string[], options: { tty?: boolean } = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const tty = options.tty ?? false;
  const code = await runCli(args, {
    stdout: { write: (s) => void (stdout += s), isTTY: tty },
    stderr: { write: (s) => void (stderr += s), isTTY: false },
  });
  return { code, stdout, stderr };
}
