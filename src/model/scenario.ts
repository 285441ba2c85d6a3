import type { Campaign } from "./campaign.js";
import type { Input } from "./input.js";

/** The layer kinds of docs/scenario-format.md. */
export const LAYER_KINDS = [
  "missile",
  "gun",
  "laser",
  "microwave",
  "interceptor-drone",
  "electronic-warfare",
  "other",
] as const;
export type LayerKind = (typeof LAYER_KINDS)[number];

export interface DroneType {
  readonly id: string;
  readonly name: string;
  /** Share of the swarm, 0..1; the shares of a scenario sum to 1. */
  readonly share: number;
  readonly unitCost: Input;
  /** Damage if it leaks (0 for a pure decoy). */
  readonly damage: Input;
  readonly decoy: boolean;
  /** Catalog entry it was filled from, if any. */
  readonly ref: string | null;
}

export type Doctrine =
  | { readonly type: "salvo"; readonly shots: number }
  | { readonly type: "shoot-look-shoot"; readonly maxShots: number };

export type Capacity =
  | { readonly type: "shots"; readonly shots: number }
  /** `floor(channels × window / timePerShot)` shots; window and timePerShot in seconds. */
  | {
      readonly type: "rate";
      readonly channels: number;
      readonly window: Input;
      readonly timePerShot: Input;
    };

export interface Acquisition {
  readonly cost: Input;
  readonly lifeYears: number;
  readonly attacksPerYear: number;
}

export interface Layer {
  readonly id: string;
  readonly name: string;
  readonly kind: LayerKind;
  readonly costPerShot: Input;
  readonly pk: Input;
  readonly doctrine: Doctrine;
  /** Null: unlimited. */
  readonly magazine: number | null;
  /** Null: unlimited. */
  readonly capacity: Capacity | null;
  readonly availability: Input;
  /** Drone type ids it can engage; null: all. */
  readonly engages: readonly string[] | null;
  readonly discriminates: boolean;
  readonly fixedCost: Input;
  readonly acquisition: Acquisition | null;
  readonly ref: string | null;
}

/**
 * What a source is (catalog README "Grades"): `primary` — a budget or
 * procurement document, an FMS/DSCA notice, an official statement, the
 * manufacturer; `secondary` — a major outlet or think-tank report with its
 * own sourcing; `aggregator` — a site that summarises others.
 */
export const SOURCE_KINDS = ["primary", "secondary", "aggregator"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A published source of a figure, as the JSON output lists it. */
export interface Source {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly year: number | null;
  readonly url: string | null;
  /** Given by a scenario's `sources:` entry; catalog sources leave it out. */
  readonly kind?: SourceKind;
}

/** One `--set` override or variant assignment, as given (docs/scenario-format.md). */
export interface Override {
  /** Dotted path as written: `defense.layers.sam.pk`. */
  readonly path: string;
  /** The value as the user wrote it: `70%`. */
  readonly value: string;
}

/**
 * What was changed from the scenario file as written: the variant chosen
 * (null for the base case) and every `--set` override in order. Every output
 * shows it, so a tweaked number is never shown as the base case.
 */
export interface Provenance {
  readonly variant: string | null;
  readonly overrides: readonly Override[];
}

export const BASE_PROVENANCE: Provenance = { variant: null, overrides: [] };

/** A validated, normalized scenario: what the engine and the simulator take. */
export interface Scenario {
  readonly title: string;
  readonly description: string;
  /** ISO 4217 code of the reporting currency. */
  readonly currency: string;
  readonly priceYear: number;
  /** Ascending whole numbers ≥ 1, no duplicates. */
  readonly swarmSizes: readonly number[];
  readonly drones: readonly DroneType[];
  readonly layers: readonly Layer[];
  readonly sources: readonly Source[];
  /** The swarm size of the story (`focus:`), or null: the middle of the swept sizes. */
  readonly focus: number | null;
  /** `threat.disruption`: money per attack whenever N > 0, whatever is shot down (docs/model.md §6). */
  readonly disruption: Input;
  /** The `campaign:` block, or null. */
  readonly campaign: Campaign | null;
  readonly provenance: Provenance;
}
