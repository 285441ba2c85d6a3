import { basename, extname } from "node:path";
import { SweepError, heatmapData, toChartData } from "../../briefing/index.js";
import { type ChartType, buildChart, isChartType } from "../../charts/index.js";
import {
  CHART_FORMATS,
  type ChartFormat,
  loadBrowserAssets,
  renderChart,
} from "../../render/index.js";
import { writeFileAtomic } from "../files.js";
import { type CliIo, InputError, UsageError } from "../io.js";
import { type RunFlags, runScenario } from "../run-scenario.js";
import { type ScenarioFlags, readScenarioFile } from "../scenario-file.js";

export type ChartCommandOptions = ScenarioFlags &
  RunFlags & {
    type: string;
    format?: string;
    out?: string;
    scale?: number;
    metrics?: string;
    x?: string;
  };

function formatOf(opts: ChartCommandOptions): ChartFormat {
  const fromOut =
    opts.out === undefined ? undefined : CHART_FORMATS.find((f) => opts.out!.endsWith(`.${f}`));
  const format = opts.format ?? fromOut ?? "svg";
  if (!(CHART_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${CHART_FORMATS.join(", ")}`);
  }
  return format as ChartFormat;
}

/** `cxr chart FILE --type T --format F --out PATH`: one chart, rendered. */
export async function chartCommand(
  io: CliIo,
  file: string,
  opts: ChartCommandOptions,
): Promise<void> {
  if (!isChartType(opts.type)) throw new UsageError(`unknown chart type '${opts.type}'`);
  const type: ChartType = opts.type;
  const format = formatOf(opts);
  const source = await readScenarioFile(file, opts);
  let spec;
  if (type === "heatmap") {
    if (opts.x === undefined)
      throw new UsageError("--type heatmap needs --x PATH=FROM..TO[:log][:POINTS]");
    try {
      spec = buildChart("heatmap", heatmapData(source, opts.x));
    } catch (err) {
      throw err instanceof SweepError ? new InputError(err.message) : err;
    }
  } else {
    const { scenario } = source.load();
    const data = toChartData(scenario, await runScenario(io, scenario, opts));
    const metrics = opts.metrics?.split(",").map((m) => m.trim());
    spec =
      type === "cer" && metrics !== undefined
        ? buildChart("cer", data, { metrics: metrics as ("cer" | "netCer" | "cerFull")[] })
        : buildChart(type, data);
  }
  const out = opts.out ?? `${basename(file, extname(file))}-${type}.${format}`;
  const rendered = await renderChart(spec, format, {
    ...(opts.scale === undefined ? {} : { scale: opts.scale }),
    ...(format === "html" ? { assets: await loadBrowserAssets() } : {}),
  });
  await writeFileAtomic(out, rendered.bytes);
  io.stdout.write(`wrote ${out}\n`);
}
