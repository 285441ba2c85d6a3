import { isAbsolute, join, normalize, sep } from "node:path";
import { spearmanImportance, tornado, withFocus } from "../../analysis/index.js";
import { toReportInput } from "../../briefing/index.js";
import type { ChartSeries } from "../../charts/index.js";
import { loadBrowserAssets } from "../../render/index.js";
import { buildReport } from "../../report/index.js";
import { campaignForReport } from "./campaign-report.js";
import { packageVersion } from "../package-info.js";
import { checkReportOut, writeReportFolder } from "../report-folder.js";
import type { CliIo } from "../io.js";
import { type RunFlags, runScenario } from "../run-scenario.js";
import { type ScenarioFlags, readScenarioFile } from "../scenario-file.js";

export type ReportOptions = ScenarioFlags &
  RunFlags & { out: string; focus?: number; force?: boolean };

/**
 * `cxr report FILE --out DIR`: the briefing pack — the base run, every
 * variant run the same way, the sensitivity at the focus size (and Spearman
 * ranks with --trials). Everything is built in memory first, then written
 * as a whole folder swapped in for DIR (report-folder.ts); a non-empty DIR
 * that is not a cxr report is refused, before any work, unless --force.
 */
export async function reportCommand(io: CliIo, file: string, opts: ReportOptions): Promise<void> {
  await checkReportOut(opts.out, opts.force === true);
  const source = await readScenarioFile(file, opts);
  const loaded = source.load();
  // The analyses and the titles all speak of one size, run as a row of its own.
  const scenario = withFocus(loaded.scenario, opts.focus);
  const variants = loaded.variants;
  const focus = scenario.focus;
  const result = await runScenario(io, scenario, opts, focus);
  const series: ChartSeries[] = [];
  if (opts.variant === undefined) {
    for (const v of variants) {
      const variant = withFocus(source.load([], v.name).scenario, focus);
      const rows = (await runScenario(io, variant, opts)).rows;
      series.push({ name: v.name, rows });
    }
  }
  const t = tornado(scenario, { swarmSize: focus });
  // A scenario with a campaign: block gets the campaign section (docs/campaign.md §4).
  const campaign =
    scenario.campaign === null ? undefined : await campaignForReport(io, file, scenario, opts);
  const files = await buildReport({
    ...(campaign === undefined ? {} : { campaign }),
    ...toReportInput(scenario, result, await loadBrowserAssets(), {
      focusSize: focus,
      variants: series,
      tornado: t,
      ...(result.kept === undefined ? {} : { importance: spearmanImportance(result.kept) }),
    }),
    explorer: "explorer.html",
  });
  // The same scenario, overrides and focus, live (issue 14).
  const { explorerHtml } = await import("./explore.js");
  const page = await explorerHtml(file, { ...opts, focus }, { scenario, variants });
  files.push({ path: "explorer.html", data: page });
  for (const f of files) {
    const rel = normalize(f.path);
    // buildReport promises relative paths; refuse anything else rather than trust it.
    if (isAbsolute(rel) || rel.split(sep).includes(".."))
      throw new Error(`report path escapes: ${f.path}`);
  }
  await writeReportFolder(
    opts.out,
    files,
    { version: packageVersion(), force: opts.force === true },
    io,
  );
  io.stdout.write(
    `wrote ${files.length} files to ${opts.out} (open ${join(opts.out, "index.html")})\n`,
  );
}
