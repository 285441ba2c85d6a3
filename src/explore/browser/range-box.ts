/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The range fields of an uncertain input: one labelled text field per
 * parameter of its distribution, named by the `--set` path that reaches it,
 * and `base` for a mapping. Rebuilt only when the distribution changes, so
 * typing in one never loses the caret.
 */
import type { ExploreControl } from "../controls.js";
import { type RangePart, rangeBase, rangePartPath } from "../range-edit.js";
import { RANGE_PARAMETERS, type RangeText } from "../range-text.js";
import { el, fieldId } from "./dom.js";

const PARAMETER_LABELS: Readonly<Record<string, string>> = {
  min: "min",
  mode: "most likely",
  max: "max",
  mean: "mean",
  sd: "standard deviation",
  p5: "5th percentile",
  p95: "95th percentile",
  alpha: "alpha",
  beta: "beta",
};

const DISTRIBUTION_NAMES: Readonly<Record<string, string>> = {
  uniform: "uniform",
  triangular: "triangular",
  pert: "PERT",
  normal: "normal",
  lognormal: "lognormal (a 90 % interval)",
  beta: "beta",
};

export type RangeListener = (part: RangePart, value: string) => void;

/** The unit the range's numbers are in: the mapping's own currency, else the control's. */
function rangeUnit(range: RangeText, control: ExploreControl): string {
  const currency = range.extra.find((e) => e.startsWith("currency:"));
  if (currency !== undefined) return currency.slice("currency:".length).trim();
  return control.unit;
}

function partField(
  control: ExploreControl,
  range: RangeText,
  part: RangePart,
  label: string,
  unitId: string,
  onEdit: RangeListener,
): HTMLElement {
  const name = rangePartPath(control, range.kind, part);
  const id = fieldId(name);
  const input = el("input", {
    id,
    name,
    type: "text",
    spellcheck: "false",
    "aria-describedby": `${unitId} ${fieldId(control.name)}-error`,
    ...(part === "base" ? { placeholder: "empty: the distribution's own" } : {}),
  });
  input.value = part === "base" ? rangeBase(range) : (range.params[part] ?? "");
  input.addEventListener("input", () => {
    onEdit(part, input.value);
  });
  return el("div", { class: part === "base" ? "part base" : "part" }, [
    el("label", { for: id }, [label]),
    input,
  ]);
}

/**
 * Shows `range` in `box` (hides it for null). Fields whose distribution is
 * unchanged keep their element; the one with the focus keeps its text.
 */
export function showRange(
  box: HTMLElement,
  control: ExploreControl,
  range: RangeText | null,
  onEdit: RangeListener,
): void {
  if (range === null) {
    box.hidden = true;
    box.replaceChildren();
    box.removeAttribute("data-shape");
    return;
  }
  box.hidden = false;
  const shape = `${range.kind}:${range.form}:${rangeUnit(range, control)}`;
  if (box.getAttribute("data-shape") === shape) {
    for (const input of box.querySelectorAll("input")) {
      if (input === document.activeElement) continue;
      const part = input.name.endsWith(".base") ? "base" : Number(input.name.split(".").pop());
      input.value = part === "base" ? rangeBase(range) : (range.params[part] ?? "");
    }
    return;
  }
  box.setAttribute("data-shape", shape);
  const unitId = `${fieldId(control.name)}-range-unit`;
  const names = RANGE_PARAMETERS[range.kind];
  const parts: RangePart[] = names.map((_, i) => i);
  if (range.form === "mapping") parts.push("base");
  box.replaceChildren(
    el("p", { class: "range-title" }, [
      `Range: ${DISTRIBUTION_NAMES[range.kind] ?? range.kind} `,
      el("span", { class: "unit", id: unitId }, [rangeUnit(range, control)]),
    ]),
    el(
      "div",
      { class: "range-parts" },
      parts.map((p) =>
        partField(
          control,
          range,
          p,
          p === "base"
            ? "Base value (deterministic runs)"
            : (PARAMETER_LABELS[names[p]!] ?? names[p]!),
          unitId,
          onEdit,
        ),
      ),
    ),
  );
}
