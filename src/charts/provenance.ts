// The provenance's words live with the run header (results/run-header.ts).
export { provenanceItems, provenanceText } from "../results/run-header.js";
