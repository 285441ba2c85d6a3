// Writes schema/scenario.schema.json from the zod schema of scenario files.
// Run after a build that includes scripts/: `node dist/scripts/gen-schema.js`.
// (tests/scenario/schema-file.test.ts checks the committed file and rewrites
// it when UPDATE_SCHEMA=1.)
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { scenarioJsonSchema } from "../src/scenario/index.js";

const target = fileURLToPath(new URL("../../schema/scenario.schema.json", import.meta.url));
writeFileSync(target, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${target}\n`);
