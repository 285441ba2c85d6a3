export * from "./campaign.js";
export { campaignDeterministic } from "./deterministic.js";
export { sustainableRaid, MAX_SUSTAINABLE_RAID } from "./sustainable-raid.js";
export { strikeTypes } from "./strike-types.js";
