import { formatRatio } from "../results/format-number.js";
import { inputValueText } from "./input-value-text.js";
import type { TornadoResult } from "./tornado.js";

/** The columns of a tornado table, for the metric analysed. */
export function tornadoColumns(t: TornadoResult): string[] {
  return ["input", "low", "high", `${t.metric} at low`, `${t.metric} at high`, "swing"];
}

/**
 * A tornado as table rows, largest swing first: the input, its low and high
 * values with their unit, the metric at each end and the swing.
 */
export function tornadoRows(t: TornadoResult, currency: string): string[][] {
  return t.bars.map((b) => [
    b.label,
    inputValueText(b.low.input, b.unit, currency),
    inputValueText(b.high.input, b.unit, currency),
    formatRatio(b.low.metric),
    formatRatio(b.high.metric),
    formatRatio(b.swing),
  ]);
}
