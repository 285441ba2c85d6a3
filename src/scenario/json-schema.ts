import * as z from "zod";
import { scenarioFileSchema } from "./schema.js";

/**
 * The JSON Schema (draft 2020-12) of scenario files, generated from the zod
 * schema that validates them, quantity patterns included, so an editor with
 * the YAML language server completes keys and flags `10 kUSD`.
 *
 * @example scenarioJsonSchema().$schema // "https://json-schema.org/draft/2020-12/schema"
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioFileSchema, {
    io: "input",
    target: "draft-2020-12",
  });
  return { ...schema, title: "cxr scenario" };
}
