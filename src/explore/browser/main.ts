/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The explorer page's script (issue 14). Each change to a field loads the
 * scenario text again with the page's `--set` overrides through the
 * library's own loader, evaluates it with the library's engine at once,
 * and hands Monte Carlo to a worker; after every recompute the run document
 * (the shape of `cxr run --format json`) is `window.cxrRun` and a `cxr:run`
 * event goes to `document`.
 */
// First: zod must be jitless before any schema is built (see the module).
import "./zod-jitless.js";
import { middleSize, nearestSize } from "../../analysis/focus-size.js";
import { Catalog } from "../../catalog/catalog.js";
import { evaluate } from "../../engine/evaluate.js";
import { type RunResult, type Scenario, scenarioInputs } from "../../model/index.js";
import { type RunDocument, runDocument } from "../../results/run-document.js";
import { loadScenario } from "../../scenario/load.js";
import type { ExploreControl } from "../controls.js";
import type { ExploreData } from "../explore-page.js";
import {
  type ExploreState,
  fromHash,
  setArguments,
  toHash,
  withOverride,
} from "../explore-state.js";
import {
  currentRange,
  currentText,
  rangePartPath,
  withMainValue,
  withRangeValue,
} from "../range-edit.js";
import { inputRangeText, type RangeText, rangeText } from "../range-text.js";
import { showChanges } from "./changes.js";
import { showRange } from "./range-box.js";
import { showProblems, showValues } from "./field-status.js";
import { MonteCarlo } from "./monte-carlo.js";
import { PAGE_FONT_WEIGHTS } from "../../render/page-fonts.js";
import { buildPanel } from "./panel.js";
import { resultsView } from "./view.js";

declare global {
  interface Window {
    cxrRun?: RunDocument;
  }
}

const data = JSON.parse(document.getElementById("cxr-data")!.textContent) as ExploreData;
const catalog = data.catalog === null ? undefined : new Catalog(data.catalog);
const panel = buildPanel(
  document.getElementById("panel") as HTMLFormElement,
  data.controls,
  data.variants,
);
const view = resultsView(document.getElementById("results")!);
const meta = document.getElementById("meta")!;

let state: ExploreState = fromHash(location.hash) ?? data.state;
let lastEdited: string | null = null;
let current: { scenario: Scenario; focus: number } | null = null;

function publish(scenario: Scenario, result: RunResult, focus: number): void {
  view.show(scenario, result, focus);
  const doc = runDocument(scenario, result);
  window.cxrRun = doc;
  document.dispatchEvent(new CustomEvent("cxr:run", { detail: doc }));
  // For bench/explore.ts: the first results shown, and the first full Monte Carlo run.
  if (performance.getEntriesByName("cxr:interactive").length === 0)
    performance.mark("cxr:interactive");
  if (
    result.trials !== null &&
    result.trials === state.trials &&
    performance.getEntriesByName("cxr:monte-carlo").length === 0
  )
    performance.mark("cxr:monte-carlo");
  const mode =
    result.mode === "monte-carlo"
      ? `Monte Carlo, ${(result.trials ?? 0).toLocaleString("en-US")} of ${(state.trials ?? 0).toLocaleString("en-US")} trials, seed ${result.seed ?? ""}`
      : state.trials === null
        ? "Deterministic"
        : "Deterministic (Monte Carlo running…)";
  meta.textContent = `${mode} · ${scenario.currency}, ${scenario.priceYear} prices${state.variant === null ? "" : ` · variant: ${state.variant}`}`;
}

const monteCarlo = new MonteCarlo(
  document.getElementById("cxr-worker")!.textContent,
  (result) => {
    if (current !== null) publish(current.scenario, result, current.focus);
  },
  (message) => {
    view.status.textContent = `Monte Carlo: ${message}`;
  },
);

function saveHash(): void {
  const hash = toHash(state);
  try {
    history.replaceState(null, "", hash);
  } catch {
    location.replace(hash);
  }
}

/** Loads, evaluates and shows the current state; a bad value leaves the last good results up. */
function recompute(): void {
  saveHash();
  showChanges(view.changes, data, state, (path) => {
    change(withOverride(state, path, null), path);
  });
  const loaded = loadScenario(data.text, {
    file: data.file,
    overrides: setArguments(state),
    ...(state.variant === null ? {} : { variant: state.variant }),
    ...(catalog === undefined ? {} : { catalog }),
  });
  if (!loaded.ok) {
    monteCarlo.cancel();
    syncFields();
    showProblems(panel.fields, loaded.problems, lastEdited);
    view.status.className = "status bad";
    view.status.textContent = `Not recomputed: ${loaded.problems.length === 1 ? "a value has a problem" : `${loaded.problems.length} problems`} (see the marked field). The results below are from the last valid values.`;
    return;
  }
  const scenario = loaded.scenario;
  const focus = nearestSize(
    scenario.swarmSizes,
    state.focus ?? scenario.focus ?? middleSize(scenario.swarmSizes),
  );
  current = { scenario, focus };
  syncFields();
  showProblems(panel.fields, [], null);
  view.status.className = "status";
  view.status.textContent = "";
  showValues(panel.fields, scenario);
  syncFocus(scenario);
  publish(
    scenario,
    { mode: "deterministic", trials: null, seed: null, rows: evaluate(scenario) },
    focus,
  );
  if (state.trials === null) monteCarlo.cancel();
  else monteCarlo.start(scenario, state.trials, state.seed);
}

function syncFocus(scenario: Scenario): void {
  const sizes = scenario.swarmSizes.map(String);
  const now = [...panel.focus.options].map((o) => o.value);
  if (now.join(",") !== sizes.join(",")) {
    panel.focus.replaceChildren(...sizes.map((s) => new Option(s, s)));
  }
  panel.focus.value = String(
    nearestSize(
      scenario.swarmSizes,
      state.focus ?? scenario.focus ?? middleSize(scenario.swarmSizes),
    ),
  );
}

function change(next: ExploreState, edited: string | null): void {
  state = next;
  lastEdited = edited;
  recompute();
}

/** The range of an input the file leaves out: the catalog's spelling, else the loaded input's. */
function fallbackRange(control: ExploreControl): RangeText | null {
  if (control.inputPath === null || current === null) return null;
  const fromCatalog = rangeText(control.catalogText);
  if (fromCatalog !== null) return fromCatalog;
  const input = scenarioInputs(current.scenario).find((i) => i.path === control.inputPath);
  return input === undefined ? null : inputRangeText(input);
}

/**
 * Puts the state's values into the fields and range fields, leaving the
 * field being typed in as it is (and its range, while its text is unfinished).
 */
function syncFields(): void {
  for (const f of panel.fields.values()) {
    const c = f.control;
    const typing = f.input === document.activeElement;
    if (!typing) f.input.value = currentText(c, state);
    const fill = c.catalogText === "" ? "as the catalog or default gives" : c.catalogText;
    f.input.placeholder = f.input.value === "" ? fill : "";
    const changed = state.overrides.some(
      (o) => o.path === c.name || o.path.startsWith(`${c.name}.`),
    );
    f.input.classList.toggle("changed", changed);
    if (c.inputPath === null) continue;
    const range = currentRange(c, state, fallbackRange(c));
    if (typing && range === null && f.input.value.trim() !== "") continue;
    showRange(f.range, c, range, (part, value) => {
      const kind = currentRange(c, state, fallbackRange(c))?.kind ?? "";
      change(withRangeValue(state, c, part, value, fallbackRange(c)), rangePartPath(c, kind, part));
    });
  }
  panel.variant.value = state.variant ?? "";
  if (panel.trials !== document.activeElement) panel.trials.value = String(state.trials ?? 0);
  if (panel.seed !== document.activeElement) panel.seed.value = String(state.seed);
}

for (const f of panel.fields.values()) {
  f.input.addEventListener("input", () => {
    change(withMainValue(state, f.control, f.input.value), f.control.name);
  });
}
panel.variant.addEventListener("change", () => {
  change({ ...state, variant: panel.variant.value === "" ? null : panel.variant.value }, null);
});
panel.focus.addEventListener("change", () => {
  change({ ...state, focus: Number(panel.focus.value) }, null);
});
const whole = (input: HTMLInputElement, min: number): number | null => {
  const t = input.value.trim().replace(/[,_\s]/g, "");
  const ok = /^\d{1,9}$/.test(t) && Number(t) >= min;
  input.setAttribute("aria-invalid", ok ? "false" : "true");
  return ok ? Number(t) : null;
};
panel.trials.addEventListener("input", () => {
  const n = whole(panel.trials, 0);
  if (n !== null) change({ ...state, trials: n === 0 ? null : n }, null);
});
panel.seed.addEventListener("input", () => {
  const n = whole(panel.seed, 0);
  if (n !== null) change({ ...state, seed: n }, null);
});
window.addEventListener("hashchange", () => {
  const next = fromHash(location.hash);
  if (next === null || toHash(next) === toHash(state)) return;
  state = next;
  syncFields();
  recompute();
});

syncFields();
// The charts are laid out in Inter's metrics: draw them once the page's embedded weights are in.
// (A browser without the Font Loading API draws at once.)
const fontsLoaded =
  "fonts" in document
    ? Promise.all(PAGE_FONT_WEIGHTS.map((w) => document.fonts.load(`${w} 12px Inter`)))
    : Promise.resolve();
void fontsLoaded.catch(() => undefined).then(recompute);
