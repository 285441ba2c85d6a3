import type { BreakEvenSizes } from "../analysis/break-even-size.js";
import type { BreakEvenTable } from "../analysis/break-even-rows.js";
import type { Input, Scenario } from "../model/index.js";
import { renderColumns } from "./columns.js";
import { formatMoney } from "./format-number.js";
import { inputValueText } from "./input-value.js";
import { METRICS } from "./metrics.js";
import { DETERMINISTIC, type RunHeader, headingText, runHeader } from "./run-header.js";

/** `cxr breakeven --param --format json`: the run header, then the break-even values. */
export type BreakEvenDocument = RunHeader & BreakEvenTable;
/** `cxr breakeven --format json` without `--param`: the run header, then the sizes. */
export type BreakEvenSizesDocument = RunHeader & BreakEvenSizes;

export function breakEvenDocument(scenario: Scenario, t: BreakEvenTable): BreakEvenDocument {
  return { ...runHeader(scenario, DETERMINISTIC), ...t };
}

export function breakEvenSizesDocument(
  scenario: Scenario,
  s: BreakEvenSizes,
): BreakEvenSizesDocument {
  return { ...runHeader(scenario, DETERMINISTIC), ...s };
}

/** The break-even values of one input (named by `label`) as a terminal table. */
export function breakEvenText(
  scenario: Scenario,
  t: BreakEvenTable,
  input: Input,
  label: string,
): string {
  const cur = scenario.currency;
  const what = `Break-even of ${label} (${t.param}): the value at which ${METRICS[t.metric].phrase} = ${t.target}, the other inputs at base`;
  const head =
    headingText(runHeader(scenario, DETERMINISTIC), what) +
    `Base value: ${inputValueText(input.base, input.unit, cur)}\n\n`;
  return (
    head +
    renderColumns<BreakEvenTable["rows"][number]>(
      [
        { header: "drones", cell: (r) => formatMoney(r.swarmSize) },
        {
          header: "break-even value",
          cell: (r) =>
            r.value === null ? "no crossing in range" : inputValueText(r.value, input.unit, cur),
        },
      ],
      t.rows,
    )
  );
}

/** Where the CER crosses the target, in words. */
function crossingWords(s: BreakEvenSizes): string {
  if (s.crossings.length === 0) return `never crosses ${s.target} up to 1,000,000 drones`;
  return s.crossings
    .map(
      (c) =>
        `${c.direction === "up" ? "rises above" : "falls below"} ${s.target} at ${formatMoney(c.swarmSize)} drones`,
    )
    .join("; ");
}

/** Where the CER crosses the target and where each layer runs out of shots, as terminal text. */
export function breakEvenSizesText(scenario: Scenario, s: BreakEvenSizes): string {
  const head = headingText(runHeader(scenario, DETERMINISTIC), `The CER ${crossingWords(s)}`);
  return (
    `${head}\n` +
    renderColumns<BreakEvenSizes["budgets"][number]>(
      [
        { header: "layer", cell: (b) => b.layerName, left: true },
        {
          header: "out of shots from",
          cell: (b) => (b.swarmSize === null ? "never" : `${formatMoney(b.swarmSize)} drones`),
        },
      ],
      s.budgets,
    )
  );
}
