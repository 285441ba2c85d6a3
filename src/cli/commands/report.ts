import { isAbsolute, join, normalize, sep } from "node:path";
import { toReportInput } from "../../briefing/index.js";
import { loadBrowserAssets } from "../../render/index.js";
import { buildReport } from "../../report/index.js";
import { writeFileAtomic } from "../files.js";
import type { CliIo } from "../io.js";
import { type RunFlags, runScenario } from "../run-scenario.js";
import { type ScenarioFlags, loadScenarioFile } from "../scenario-file.js";

export type ReportOptions = ScenarioFlags & RunFlags & { out: string; focus?: number };

/**
 * `cxr report FILE --out DIR`: the briefing pack. Everything is built in
 * memory first; each file is then written whole (temporary name, rename),
 * and only inside DIR.
 */
export async function reportCommand(io: CliIo, file: string, opts: ReportOptions): Promise<void> {
  const { scenario } = await loadScenarioFile(file, opts);
  const result = await runScenario(io, scenario, opts);
  const input = toReportInput(scenario, result, await loadBrowserAssets(), {
    ...(opts.focus === undefined ? {} : { focusSize: opts.focus }),
  });
  const files = await buildReport(input);
  for (const f of files) {
    const rel = normalize(f.path);
    // buildReport promises relative paths; refuse anything else rather than trust it.
    if (isAbsolute(rel) || rel.split(sep).includes(".."))
      throw new Error(`report path escapes: ${f.path}`);
  }
  for (const f of files) await writeFileAtomic(join(opts.out, f.path), f.data);
  io.stdout.write(
    `wrote ${files.length} files to ${opts.out} (open ${join(opts.out, "index.html")})\n`,
  );
}
