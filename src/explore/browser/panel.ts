/// <reference lib="dom" />
/**
 * The assumptions panel: the run settings, then one labelled text field per
 * control, named by its `--set` path, with its unit, its live value and
 * range, and room for the loader's message about a bad value.
 */
import type { VariantInfo } from "../../scenario/variants.js";
import type { ExploreControl } from "../controls.js";
import { el, fieldId } from "./dom.js";

export interface FieldParts {
  readonly control: ExploreControl;
  readonly input: HTMLInputElement;
  readonly now: HTMLElement;
  /** The range fields of an uncertain input (range-box.ts); hidden for a plain one. */
  readonly range: HTMLElement;
  readonly error: HTMLElement;
}

export interface Panel {
  readonly fields: ReadonlyMap<string, FieldParts>;
  readonly variant: HTMLSelectElement;
  readonly trials: HTMLInputElement;
  readonly seed: HTMLInputElement;
  readonly focus: HTMLSelectElement;
}

function field(control: ExploreControl): FieldParts {
  const id = fieldId(control.name);
  const input = el("input", {
    id,
    name: control.name,
    type: "text",
    inputmode: "text",
    spellcheck: "false",
    "aria-describedby": `${id}-unit ${id}-now ${id}-error`,
    placeholder: control.initial === "" ? "as the catalog or default gives" : "",
  });
  input.value = control.initial;
  const now = el("p", { class: "now", id: `${id}-now` });
  const error = el("p", { class: "error", id: `${id}-error`, role: "alert" });
  error.hidden = true;
  const range = el("div", {
    class: "range",
    role: "group",
    "aria-label": `Range of ${control.label.toLowerCase()}`,
  });
  range.hidden = true;
  el("div", { class: "field" }, [
    el("label", { for: id }, [
      control.label,
      " ",
      el("span", { class: "unit", id: `${id}-unit` }, [control.unit]),
    ]),
    input,
    now,
    range,
    error,
  ]);
  return { control, input, now, range, error };
}

function labelled(label: string, control: HTMLElement, wide = false): HTMLElement {
  return el("div", wide ? { class: "wide" } : {}, [
    el("label", { for: control.id, class: "hint" }, [label]),
    control,
  ]);
}

/** Builds the panel inside `form`. */
export function buildPanel(
  form: HTMLFormElement,
  controls: readonly ExploreControl[],
  variants: readonly VariantInfo[],
): Panel {
  const variant = el("select", { id: "run-variant", name: "variant" }, [
    el("option", { value: "" }, ["base case"]),
    ...variants.map((v) => el("option", { value: v.name }, [v.name])),
  ]);
  const trials = el("input", {
    id: "run-trials",
    name: "trials",
    type: "text",
    inputmode: "numeric",
    placeholder: "0: deterministic",
  });
  const seed = el("input", { id: "run-seed", name: "seed", type: "text", inputmode: "numeric" });
  const focus = el("select", { id: "run-focus", name: "focus" });
  form.append(
    el("fieldset", {}, [
      el("legend", {}, ["Run"]),
      el("div", { class: "settings" }, [
        labelled("Variant", variant, true),
        labelled("Monte Carlo trials (0: off)", trials),
        labelled("Seed", seed),
        labelled("Swarm size of focus (drones)", focus, true),
      ]),
    ]),
  );
  const fields = new Map<string, FieldParts>();
  const groups = new Map<string, HTMLFieldSetElement>();
  for (const c of controls) {
    let set = groups.get(c.group);
    if (set === undefined) {
      set = el("fieldset", {}, [el("legend", {}, [c.group])]);
      groups.set(c.group, set);
      form.append(set);
    }
    const parts = field(c);
    set.append(parts.input.parentElement!);
    fields.set(c.name, parts);
  }
  form.append(
    el("p", { class: "hint" }, [
      "Fields take the spellings of scenario files: 10k, 4.1M, 85%, 470k USD, 30 min, or a range such as { pert: [300k, 420k, 500k] }; an uncertain input's range has a field per parameter. Empty: the file's own value.",
    ]),
  );
  return { fields, variant, trials, seed, focus };
}
