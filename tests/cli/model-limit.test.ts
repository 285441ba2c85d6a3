// A scenario beyond what the model computes (src/engine/model-limit-error.ts)
// is a user error: a message and exit 1, never "internal error" (exit 70).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "./run-cli.js";

function thirteenUncertainLayers(): string {
  const layers = Array.from(
    { length: 13 },
    (_, i) => `    - { id: l${i}, costPerShot: 1k, pk: 0.5, availability: 90% }`,
  );
  const text = [
    "title: Thirteen layers that may be down",
    "currency: USD",
    "priceYear: 2025",
    "threat:",
    "  swarmSizes: [10]",
    "  drones:",
    "    - { id: d, unitCost: 20k, share: 1 }",
    "defense:",
    "  layers:",
    ...layers,
    "",
  ].join("\n");
  const file = join(mkdtempSync(join(tmpdir(), "cxr-limit-")), "thirteen.yaml");
  writeFileSync(file, text);
  return file;
}

describe("model limits reach the user as errors", () => {
  it("more than 12 layers with availability < 1: exit 1 and the limit in the message", async () => {
    const r = await cli(["run", thirteenUncertainLayers()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/13 layers have availability below 1/);
    expect(r.stderr).not.toMatch(/internal error/);
  });
});
