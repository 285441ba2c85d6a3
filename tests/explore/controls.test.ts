import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadShippedCatalog } from "../../src/cli/catalog-file.js";
import { evaluate } from "../../src/engine/index.js";
import { scenarioInputs } from "../../src/model/index.js";
import { exploreControls } from "../../src/explore/controls.js";
import { loadScenario } from "../../src/scenario/index.js";

const catalog = loadShippedCatalog();
const SCENARIOS = readdirSync("scenarios").filter((f) => f.endsWith(".yaml"));

function load(file: string, text: string, overrides: string[] = []) {
  const r = loadScenario(text, { file, catalog, overrides });
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join("\n"));
  return r.scenario;
}

describe("exploreControls", () => {
  it("names the Poland controls by --set path, with the file's own spelling", () => {
    const file = "scenarios/poland-2025-09-10.yaml";
    const text = readFileSync(file, "utf8");
    const controls = exploreControls(text, load(file, text));
    const byName = new Map(controls.map((c) => [c.name, c]));
    // 2 drone types × 3 fields + 3 layers × 6 fields.
    expect(controls).toHaveLength(2 * 3 + 3 * 6);
    expect(byName.get("defense.layers.f35-aim9x.pk")).toMatchObject({
      initial: "{ pert: [50%, 70%, 90%], source: est-pk-gerbera }",
      problemPath: "defense.layers[0].pk",
      inputPath: "defense.layers.f35-aim9x.pk",
      group: "Layer: F-35A pair with AIM-9X",
    });
    // From the catalog (ref: aim-9x): not in the file, so empty.
    expect(byName.get("defense.layers.f35-aim9x.costPerShot")?.initial).toBe("");
    expect(byName.get("defense.layers.f35-aim9x.magazine")?.initial).toBe("4");
    expect(byName.get("threat.drones.gerbera.share")?.initial).toBe("100%");
    expect(byName.get("defense.layers.f35-aim9x.costPerShot")?.unit).toMatch(/^EUR/);
  });

  it.each(SCENARIOS)("%s: every control's path and initial text load back unchanged", (name) => {
    const file = `scenarios/${name}`;
    const text = readFileSync(file, "utf8");
    const scenario = load(file, text);
    const controls = exploreControls(text, scenario, catalog);
    expect(controls.length).toBe(scenario.drones.length * 3 + scenario.layers.length * 6);
    const sets = controls.filter((c) => c.initial !== "").map((c) => `${c.name}=${c.initial}`);
    expect(evaluate(load(file, text, sets))).toEqual(evaluate(scenario));
    // What the catalog fills is spelled so that writing it in changes nothing either.
    const filled = controls.filter((c) => c.catalogText !== "");
    const fromCatalog = filled.map((c) => `${c.name}=${c.catalogText}`);
    expect(evaluate(load(file, text, fromCatalog))).toEqual(evaluate(scenario));
    for (const c of filled) {
      const input = scenarioInputs(load(file, text, [`${c.name}=${c.catalogText}`])).find(
        (i) => i.path === c.name,
      );
      const before = scenarioInputs(scenario).find((i) => i.path === c.name);
      expect(input?.dist, c.name).toEqual(before?.dist);
    }
  });
});

describe("a value written over several lines", () => {
  it("is offered on one line, in flow style, without its comments", () => {
    const file = "scenarios/laser-vs-swarm.yaml";
    const text = readFileSync(file, "utf8");
    const c = exploreControls(text, load(file, text)).find(
      (x) => x.name === "defense.layers.laser.capacity",
    );
    expect(c?.initial).toBe(
      "{ channels: 2, window: { pert: [ 15 min, 30 min, 60 min ], source: est-window }, timePerShot: { pert: [ 5 s, 8 s, 18 s ], source: popsci-helws-2022 } }",
    );
  });
});
