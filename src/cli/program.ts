import { Command, CommanderError, Option } from "commander";
import type { BreakevenOptions } from "./commands/breakeven.js";
import type { CampaignCommandOptions } from "./commands/campaign.js";
import type { CatalogOptions } from "./commands/catalog.js";
import type { ChartCommandOptions } from "./commands/chart.js";
import type { CompareOptions } from "./commands/compare.js";
import type { ExploreOptions } from "./commands/explore.js";
import type { ReportOptions } from "./commands/report.js";
import type { RunOptions } from "./commands/run.js";
import type { SensitivityOptions } from "./commands/sensitivity.js";
import { type CliIo, UsageError } from "./io.js";
import {
  focusOption,
  overrideOptions,
  positiveInt,
  positiveNumber,
  scenarioOptions,
  simulationOptions,
} from "./options.js";
import { packageVersion } from "./package-info.js";
import { CxrError } from "../model/cxr-error.js";
import { escapeControls } from "../results/safe-text.js";

/**
 * Builds the `cxr` command line. Every command is a few lines that parse
 * flags, call one library function and print; each command's module loads
 * only when it runs, so `cxr --help` stays fast. The commands are added by
 * kind: running a scenario, its charts and pages, its analyses, and files.
 */
export function makeProgram(io: CliIo): Command {
  const program = new Command("cxr")
    .description(
      "Counter-drone cost-exchange analysis: scenario files in, cost-exchange ratios out.",
    )
    .option("--debug", "print stack traces of internal errors")
    .version(packageVersion(), "-V, --version")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => {
        io.stdout.write(s);
      },
      writeErr: (s) => {
        io.stderr.write(s);
      },
    })
    .showSuggestionAfterError();

  addRunCommands(program, io);
  addChartCommands(program, io);
  addAnalysisCommands(program, io);
  addFileCommands(program, io);
  return program;
}

/** `run` and `campaign`: a scenario's results. */
function addRunCommands(program: Command, io: CliIo): void {
  const run = program
    .command("run")
    .description("run a scenario and print its results")
    .argument("<FILE>");
  scenarioOptions(simulationOptions(run))
    .addOption(
      new Option(
        "--format <FORMAT>",
        "table (default on a terminal; json when piped) or csv",
      ).choices(["table", "json", "csv"]),
    )
    .option("--sweep <PATH=FROM..TO>", "results over one input: PATH=FROM..TO[:log][:POINTS]")
    .action(async (file: string, opts: RunOptions) => {
      await (await import("./commands/run.js")).runCommand(io, file, opts);
    });

  const campaign = program
    .command("campaign")
    .description("a campaign over many nights: whose stocks run out first, and the raid held")
    .argument("<FILE>");
  scenarioOptions(simulationOptions(campaign))
    .addOption(
      new Option(
        "--format <FORMAT>",
        "table (default on a terminal; json when piped) or csv",
      ).choices(["table", "json", "csv"]),
    )
    .action(async (file: string, opts: CampaignCommandOptions) => {
      await (await import("./commands/campaign.js")).campaignCommand(io, file, opts);
    });
}

/** `chart` and `report`: a scenario's charts and briefing pack. */
function addChartCommands(program: Command, io: CliIo): void {
  const chart = program
    .command("chart")
    .description(
      "write one chart (cer, cost, leakers, heatmap, tornado; a campaign's stocks, leak-rate, campaign-cost) as svg, png, pdf, html or vl.json",
    )
    .argument("<FILE>")
    .requiredOption(
      "--type <TYPE>",
      "cer | cost | leakers | heatmap | tornado | stocks | leak-rate | campaign-cost",
    )
    .option("--format <FORMAT>", "svg | png | pdf | html | vl.json (default: from --out, else svg)")
    .option("--out <PATH>", "output file (default: <scenario>-<type>.<format>)")
    .option(
      "--scale <N>",
      "PNG pixels per SVG pixel (default 2, at most 8)",
      positiveNumber("--scale", 8),
    )
    .option("--metrics <LIST>", "cer chart: any of cer,netCer,cerFull")
    .option("--force", "overwrite a file that cxr did not write")
    .option(
      "--x <PATH=FROM..TO>",
      "heatmap: the input to sweep, e.g. defense.layers.sam.costPerShot=10k..1M:log:12",
    );
  focusOption(scenarioOptions(simulationOptions(chart))).action(
    async (file: string, opts: ChartCommandOptions) => {
      await (await import("./commands/chart.js")).chartCommand(io, file, opts);
    },
  );

  const report = program
    .command("report")
    .description(
      "write the briefing pack: charts (SVG, PNG), results (CSV, JSON), an offline HTML page",
    )
    .argument("<FILE>")
    .requiredOption("--out <DIR>", "folder to write into")
    .option("--force", "replace a folder that is not a cxr report");
  focusOption(scenarioOptions(simulationOptions(report))).action(
    async (file: string, opts: ReportOptions) => {
      await (await import("./commands/report.js")).reportCommand(io, file, opts);
    },
  );
}

/** `compare`, `sensitivity` and `breakeven`: the analyses of one or more scenarios. */
function addAnalysisCommands(program: Command, io: CliIo): void {
  const metric = () =>
    new Option("--metric <M>", "cer | netCer | cerFull (default cer)").choices([
      "cer",
      "netCer",
      "cerFull",
    ]);

  const compare = program
    .command("compare")
    .description(
      "the base and every variant of each file, side by side, and a chart overlaying them",
    )
    .argument("<FILE...>")
    .addOption(
      new Option("--format <FORMAT>", "table, json or csv").choices(["table", "json", "csv"]),
    )
    .option(
      "--chart <PATH>",
      "also write the cer chart overlaying them (.svg .png .pdf .vl.json .html)",
    )
    .option("--force", "overwrite a file that cxr did not write");
  overrideOptions(simulationOptions(compare)).action(
    async (files: string[], opts: CompareOptions) => {
      await (await import("./commands/compare.js")).compareCommand(io, files, opts);
    },
  );

  const sensitivity = program
    .command("sensitivity")
    .description("tornado of each uncertain input's effect on the CER at one swarm size")
    .argument("<FILE>")
    .option("--size <N>", "swarm size (default: the scenario's middle size)", positiveInt("--size"))
    .addOption(metric())
    .addOption(new Option("--format <FORMAT>", "table or json").choices(["table", "json"]))
    .option("--chart <PATH>", "also write the tornado chart (.svg .png .pdf .vl.json .html)")
    .option("--force", "overwrite a file that cxr did not write");
  scenarioOptions(simulationOptions(sensitivity)).action(
    async (file: string, opts: SensitivityOptions) => {
      await (await import("./commands/sensitivity.js")).sensitivityCommand(io, file, opts);
    },
  );

  const breakeven = program
    .command("breakeven")
    .description("the value of an input at which the CER reaches a target, per swarm size")
    .argument("<FILE>")
    .option(
      "--param <PATH>",
      "input path, e.g. defense.layers.f35-aim9x.costPerShot (without it: sizes)",
    )
    .addOption(metric())
    .option("--target <X>", "target ratio (default 1)")
    .option("--range <FROM..TO>", "search range, e.g. 10k..5M (default 0 to 1,000 × base)")
    .addOption(new Option("--format <FORMAT>", "table or json").choices(["table", "json"]));
  scenarioOptions(breakeven).action(async (file: string, opts: BreakevenOptions) => {
    await (await import("./commands/breakeven.js")).breakevenCommand(io, file, opts);
  });
}

/** `explore`, `validate`, `init`, `schema` and `catalog`: the live page, scenario files and the cost catalog. */
function addFileCommands(program: Command, io: CliIo): void {
  program
    .command("explore")
    .description(
      "write one offline HTML page that recomputes the scenario as you change its assumptions",
    )
    .argument("<FILE>")
    .requiredOption("--out <PAGE>", "the HTML file to write")
    .option(
      "--set <PATH=VALUE>",
      "an override the page opens with; repeatable",
      (v: string, p: string[] | undefined) => [...(p ?? []), v],
    )
    .option("--variant <NAME>", "the variant the page opens with")
    .option(
      "--trials <N>",
      "Monte Carlo trials the page runs (default 1000)",
      positiveInt("--trials", 1e6),
    )
    .option("--deterministic", "open with Monte Carlo off")
    .option("--seed <S>", "seed for Monte Carlo (default 1)", positiveInt("--seed", 0xffffffff))
    .option("--focus <N>", "the swarm size the key numbers speak of", positiveInt("--focus"))
    .option("--force", "overwrite a file that cxr did not write")
    .action(async (file: string, opts: ExploreOptions) => {
      await (await import("./commands/explore.js")).exploreCommand(io, file, opts);
    });

  program
    .command("validate")
    .description("check scenario files; print every problem")
    .argument("<FILE...>")
    .action(async (files: string[]) => {
      await (await import("./commands/validate.js")).validateCommand(io, files);
    });

  program
    .command("init")
    .description("write a commented starter scenario")
    .argument("[FILE]", "where to write it", "scenario.yaml")
    .option("--force", "overwrite an existing file")
    .action(async (file: string, opts: { force?: boolean }) => {
      await (await import("./commands/init.js")).initCommand(io, file, opts.force === true);
    });

  program
    .command("schema")
    .description("print the JSON Schema of scenario files")
    .action(async () => {
      (await import("./commands/schema.js")).schemaCommand(io);
    });

  const catalog = program
    .command("catalog")
    .description("list the cost catalog: id, kind, low / likely / high, currency, year, grade")
    .option("--kind <KIND>", "only entries of this kind")
    .option("--json", "print JSON instead of a table")
    .option(
      "--audit",
      "audit grades against sources and where scenario numbers come from (the shipped scenarios, or FILEs); exit 1 on a grade its sources do not support or a number with no source",
    )
    .argument("[FILE...]", "with --audit: scenario files to audit instead of the shipped ones")
    .action(async (files: string[], opts: CatalogOptions) => {
      await (await import("./commands/catalog.js")).catalogListCommand(io, opts, files);
    });
  catalog
    .command("show")
    .description("one catalog entry with its sources and notes")
    .argument("<ID>")
    .option("--json", "print JSON")
    .action(async (id: string, opts: { json?: boolean }) => {
      (await import("./commands/catalog.js")).catalogShowCommand(io, id, opts);
    });
}

const QUIET_EXITS = new Set(["commander.helpDisplayed", "commander.version", "commander.help"]);

/** Runs the CLI in-process and returns the exit status (cli.md "Exit status"). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    await makeProgram(io).parseAsync([...argv], { from: "user" });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return QUIET_EXITS.has(err.code) ? 0 : 2;
    // Every user error is a CxrError (model/cxr-error.ts): input, analysis, model limits. One
    // thrown in a worker thread comes back a plain Error that kept its name: the model's limits.
    if (err instanceof CxrError || (err as Error).name === "ModelLimitError") {
      io.stderr.write(`${escapeControls((err as Error).message, { keepNewlines: true })}\n`);
      return 1;
    }
    if (err instanceof UsageError) {
      io.stderr.write(`error: ${escapeControls(err.message, { keepNewlines: true })}\n`);
      return 2;
    }
    if ((err as Error).name === "AbortError") {
      io.stderr.write("interrupted: nothing was written\n");
      return 130;
    }
    const e = err as Error;
    io.stderr.write(
      argv.includes("--debug")
        ? `internal error: ${e.stack ?? String(e)}\n`
        : `internal error: ${e.message} (run with --debug for details; please report it)\n`,
    );
    return 70;
  }
}
