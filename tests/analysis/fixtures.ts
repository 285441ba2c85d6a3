// Scenarios for the analysis tests: the engine's builders plus uncertain inputs.
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CliIo } from "../../src/cli/io.js";
import { baseValue } from "../../src/distributions/index.js";
import type { Distribution, Input } from "../../src/model/index.js";

export { drone, layer, scenario } from "../engine/fixtures.js";

/** The same input with a distribution (its base becomes the distribution's base value). */
export function uncertain(input: Input, dist: Distribution): Input {
  return { ...input, dist, base: baseValue(dist) };
}

/** A captured CliIo for calling command functions in-process. */
export function captureIo(): { io: CliIo; out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return {
    io: {
      stdout: { write: (s) => void (out += s), isTTY: false },
      stderr: { write: (s) => void (err += s), isTTY: false },
    },
    out: () => out,
    err: () => err,
  };
}

/** Writes `text` to a fresh temporary file and returns its path. */
export function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "cxr-analysis-")), name);
  writeFileSync(path, text);
  return path;
}

/**
 * A small scenario file in the reporting currency. With everything engaged
 * (no magazine), one salvo of 2 per drone at 200k against drones of 50k,
 * the CER is 2 × 200k / 50k = 8 at every size.
 */
export const SMALL_YAML = `title: Small test
description: One drone type, one missile layer.
currency: EUR
priceYear: 2025
threat:
  swarmSizes: [1, 10, 100]
  drones:
    - id: shahed
      name: Shahed
      unitCost: { uniform: [40k, 60k] }
      share: 100%
      damage: { uniform: [0, 1M] }
defense:
  layers:
    - id: sam
      name: Missile
      kind: missile
      costPerShot: { uniform: [100k, 300k] }
      pk: 50%
      doctrine: { type: salvo, shots: 2 }
variants:
  - name: cheap
    description: A cheaper missile.
    set:
      defense.layers.sam.costPerShot: 50k
  - name: single
    set:
      defense.layers.sam.doctrine: { type: salvo, shots: 1 }
`;
