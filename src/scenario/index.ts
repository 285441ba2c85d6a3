export type { Problem } from "./problem.js";
export { formatProblem } from "./problem.js";
export type { LoadOptions, LoadResult } from "./load.js";
export { loadScenario, MAX_SCENARIO_BYTES } from "./load.js";
export type { VariantInfo } from "./variants.js";
export { scenarioJsonSchema } from "./json-schema.js";
export { parseSwarmSizes } from "./swarm-sizes.js";
export { STARTER_SCENARIO } from "./starter.js";
export { unsourcedInputs } from "./sources.js";
