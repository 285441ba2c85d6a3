import type { Importance } from "../analysis/spearman-importance.js";
import type { TornadoResult } from "../analysis/tornado.js";
import type { Column } from "./columns.js";
import { formatRatio } from "./format-number.js";
import { inputValueText } from "./input-value.js";
import { METRICS } from "./metrics.js";

type Bar = TornadoResult["bars"][number];

/**
 * The columns of a tornado table: the input, its low and high values with
 * their unit, the metric at each end and the swing.
 */
export function tornadoColumns(t: TornadoResult, currency: string): Column<Bar>[] {
  const label = METRICS[t.metric].label;
  return [
    { header: "input", cell: (b) => b.label, left: true },
    { header: "low", cell: (b) => inputValueText(b.low.input, b.unit, currency) },
    { header: "high", cell: (b) => inputValueText(b.high.input, b.unit, currency) },
    { header: `${label} at low`, cell: (b) => formatRatio(b.low.metric) },
    { header: `${label} at high`, cell: (b) => formatRatio(b.high.metric) },
    { header: "swing", cell: (b) => formatRatio(b.swing) },
  ];
}

/** The columns of the global importance table: the input by name, and Spearman's ρ. */
export function importanceColumns(t: TornadoResult): Column<Importance>[] {
  const labels = new Map(t.bars.map((b) => [b.path, b.label]));
  return [
    { header: "input", cell: (r) => labels.get(r.path) ?? r.path, left: true },
    { header: "ρ", cell: (r) => r.rho.toFixed(3) },
  ];
}
