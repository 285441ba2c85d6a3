import { scenarioJsonSchema } from "../../scenario/index.js";
import type { CliIo } from "../io.js";

/** `cxr schema`: the JSON Schema of scenario files, for editors. */
export function schemaCommand(io: CliIo): void {
  io.stdout.write(JSON.stringify(scenarioJsonSchema(), null, 2) + "\n");
}
