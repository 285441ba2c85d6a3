/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { assumptions } from "../../briefing/assumptions.js";
import type { Scenario } from "../../model/index.js";
import { formatRatio } from "../../results/format-number.js";
import { formatProblem, type Problem } from "../../scenario/problem.js";
import type { FieldParts } from "./panel.js";

function within(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

/**
 * Puts each of the loader's problems beside the field whose value it is
 * about, and any other problem (shares that no longer sum to 1, say) beside
 * the field just edited; returns the problems no field took.
 */
export function showProblems(
  fields: ReadonlyMap<string, FieldParts>,
  problems: readonly Problem[],
  lastEdited: string | null,
): Problem[] {
  const texts = new Map<FieldParts, string[]>();
  const left: Problem[] = [];
  const edited =
    lastEdited === null
      ? undefined
      : (fields.get(lastEdited) ??
        [...fields.values()].find((f) => lastEdited.startsWith(`${f.control.name}.`)));
  for (const p of problems) {
    const owner =
      [...fields.values()].find((f) => p.path !== "" && within(p.path, f.control.problemPath)) ??
      edited;
    if (owner === undefined) left.push(p);
    else texts.set(owner, [...(texts.get(owner) ?? []), formatProblem(p)]);
  }
  for (const f of fields.values()) {
    const t = texts.get(f);
    f.error.hidden = t === undefined;
    f.error.textContent = t === undefined ? "" : t.join("\n");
    // The field just edited is the one marked: the main field, or one of the range's.
    const inRange = lastEdited !== null && lastEdited.startsWith(`${f.control.name}.`);
    f.input.setAttribute("aria-invalid", t !== undefined && !inRange ? "true" : "false");
    for (const input of f.range.querySelectorAll("input")) {
      input.setAttribute(
        "aria-invalid",
        t !== undefined && input.name === lastEdited ? "true" : "false",
      );
    }
  }
  return left;
}

/** The value each field's input has now, with its range when uncertain. */
export function showValues(fields: ReadonlyMap<string, FieldParts>, scenario: Scenario): void {
  const byPath = new Map(assumptions(scenario, (id) => id).map((a) => [a.path, a]));
  for (const f of fields.values()) {
    const name = f.control.name;
    let text = "";
    if (f.control.inputPath !== null) {
      const a = byPath.get(f.control.inputPath);
      if (a !== undefined)
        text = a.range === "" ? `now ${a.value}` : `now ${a.value}; range ${a.range}`;
    } else if (name.endsWith(".share")) {
      const d = scenario.drones.find((x) => name === `threat.drones.${x.id}.share`);
      if (d !== undefined) text = `now ${formatRatio(d.share * 100)} %`;
    } else if (name.endsWith(".magazine") || name.endsWith(".capacity")) {
      const l = scenario.layers.find((x) => name.startsWith(`defense.layers.${x.id}.`));
      if (l !== undefined)
        text = name.endsWith(".magazine") ? magazine(l.magazine) : capacity(l.capacity);
    }
    f.now.textContent = text;
  }
}

function magazine(m: number | null): string {
  return m === null ? "now unlimited" : `now ${m} shots`;
}

function capacity(c: Scenario["layers"][number]["capacity"]): string {
  if (c === null) return "now unlimited";
  if (c.type === "shots") return `now ${c.shots} shots`;
  return `now ${c.channels} channel(s), window ${formatRatio(c.window.base)} s, ${formatRatio(c.timePerShot.base)} s a shot`;
}
