// The committed schema/scenario.schema.json must equal scenarioJsonSchema().
// UPDATE_SCHEMA=1 rewrites it (the only place a test writes a file).
import { readFileSync, writeFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { scenarioJsonSchema, STARTER_SCENARIO } from "../../src/scenario/index.js";

const FILE = new URL("../../schema/scenario.schema.json", import.meta.url);
const expected = `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;

describe("schema/scenario.schema.json", () => {
  it("is the JSON Schema generated from the zod schema", () => {
    if (process.env.UPDATE_SCHEMA === "1") writeFileSync(FILE, expected);
    expect(readFileSync(FILE, "utf8")).toBe(expected);
  });

  it("accepts the starter scenario and the benchmark scenario", () => {
    const validate = new Ajv2020({ strict: false }).compile(scenarioJsonSchema());
    expect(validate(parse(STARTER_SCENARIO))).toBe(true);
    const bench = readFileSync(
      new URL("../../bench/scenarios/mc-standard.yaml", import.meta.url),
      "utf8",
    );
    expect(validate(parse(bench))).toBe(true);
  });

  it("carries the quantity patterns, so an editor flags `10 kUSD`", () => {
    const validate = new Ajv2020({ strict: false }).compile(scenarioJsonSchema());
    const doc = parse(STARTER_SCENARIO) as { threat: { drones: { unitCost: unknown }[] } };
    doc.threat.drones[0]!.unitCost = "10 kUSD";
    expect(validate(doc)).toBe(false);
    doc.threat.drones[0]!.unitCost = "10k USD";
    expect(validate(doc)).toBe(true);
  });
});
