import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UNSAFE_CHAR } from "../results/fixtures.js";
import { cli } from "./run-cli.js";

describe("hostile text never reaches the terminal raw", () => {
  const dir = mkdtempSync(join(tmpdir(), "cxr-safe-"));
  const file = join(dir, "hostile.yaml");
  writeFileSync(
    file,
    `title: "Raid \\e[2J\\e]0;pwned\\a \\u202Eevil"
description: ""
currency: EUR
priceYear: 2025
threat:
  swarmSizes: [1, 10]
  drones:
    - { id: d, name: "\\rfake", unitCost: 50k, share: 100% }
defense:
  layers:
    - { id: sam, name: "SAM \\0 \\u2066x", kind: missile, costPerShot: 100k, pk: 50% }
`,
  );

  it("escapes control and bidi characters in the table", async () => {
    const r = await cli(["run", file], { tty: true });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(UNSAFE_CHAR);
    expect(r.stdout).toContain("Raid \\u001b[2J\\u001b]0;pwned\\u0007 \\u202eevil");
    expect(r.stdout).toContain("SAM \\u0000 \\u2066x");
  });

  it("escapes them in error messages", async () => {
    const r = await cli(["run", file, "--set", "defense.layers.sam.pk=\u001b[31mred"]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain("\u001b");
  });
});
