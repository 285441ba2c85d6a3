// Checks shared by the chart tests: the official Vega-Lite schema, compiling
// without warnings, and a headless Vega run.
import { createRequire } from "node:module";
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";

/** Compiles the official schema once (1–2 s): call once per test file. */
export function vegaLiteValidator(): ValidateFunction {
  const schema: object = createRequire(import.meta.url)("vega-lite/vega-lite-schema.json");
  // Flags from /work/shared/notes/stack.md: the schema uses union types and custom formats.
  const ajv = new Ajv({ allowUnionTypes: true, strictTypes: false });
  const addFormats = addFormatsModule as unknown as (a: Ajv) => Ajv;
  addFormats(ajv);
  ajv.addFormat("color-hex", /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i);
  return ajv.compile(schema);
}

/** Every message Vega-Lite logs (warn, info, error) while compiling `spec`. */
export function compileMessages(spec: TopLevelSpec): { vg: vega.Spec; messages: string[] } {
  const messages: string[] = [];
  let level = 0;
  const logger: vega.LoggerInterface = {
    level(l?: number) {
      if (l === undefined) return level;
      level = l;
      return logger;
    },
    error: (...a: readonly unknown[]) => (
      messages.push(`error: ${a.map(String).join(" ")}`),
      logger
    ),
    warn: (...a: readonly unknown[]) => (messages.push(`warn: ${a.map(String).join(" ")}`), logger),
    info: (...a: readonly unknown[]) => (messages.push(`info: ${a.map(String).join(" ")}`), logger),
    debug: () => logger,
  };
  const vg = compile(spec, { logger }).spec;
  return { vg, messages };
}

/** Runs the compiled spec through a headless Vega view and returns the SVG. */
export async function headlessSvg(vg: vega.Spec): Promise<string> {
  const view = new vega.View(vega.parse(vg), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
