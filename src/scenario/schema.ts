/**
 * The shape of a scenario file (docs/scenario-format.md), defined once with zod:
 * the raw file type comes from `z.infer`, validation from `safeParse`, the
 * JSON Schema from `z.toJSONSchema`. The shape only: ranges, sums, units
 * and money conversion are checked at normalization, where the message can
 * say what the number means.
 *
 * Custom error texts are keys (`expect:money`) that `zod-issues.ts` turns
 * into messages from `messages.ts`.
 */
import * as z from "zod";
import { DISTRIBUTION_KINDS, distributionModule } from "../distributions/registry.js";
import type { DistributionKind } from "../model/distribution.js";
import { LAYER_KINDS, SOURCE_KINDS } from "../model/scenario.js";
import type { Expected } from "./messages.js";
import {
  AMOUNT_SOURCE,
  CURRENCY_SOURCE,
  DURATION_ITEM_SOURCE,
  DURATION_SOURCE,
  FRACTION_SOURCE,
  ID_SOURCE,
  LEAD_TIME_SOURCE,
  MONEY_ITEM_SOURCE,
  MONEY_SOURCE,
  PROBABILITY_SOURCE,
  RATE_SOURCE,
  YEAR_KEY_SOURCE,
} from "./patterns.js";

const expect = (what: Expected): string => `expect:${what}`;
const text = (source: string, what: Expected) =>
  z.string().regex(new RegExp(source), { error: expect(what) });
/** A union whose failure (no branch of the right type) reports `expect:<what>`. */
const oneOf = <T extends readonly [z.ZodType, ...z.ZodType[]]>(what: Expected, options: T) =>
  z.union(options, { error: () => expect(what) });

const currency = text(CURRENCY_SOURCE, "currency").describe("ISO 4217 code, e.g. EUR");
/** A number here; whole and within 1900..2100 is checked at normalization (bounds.ts), with a message that says so. */
const year = z.number().describe("price year of the value, 1900..2100");
export const idSchema = text(ID_SOURCE, "id").meta({ id: "id" });

/** Whole numbers ≥ 0: `8`, `1k`. */
const count = oneOf("count", [z.number(), text(AMOUNT_SOURCE, "count")]).meta({
  id: "count",
  description: "whole number ≥ 0: 8, 1k",
});
/** Shares: `0.4`, `40%`. */
const fraction = oneOf("fraction", [z.number(), text(FRACTION_SOURCE, "fraction")]).meta({
  id: "fraction",
  description: "0.4 or 40%",
});

/** `source: <id>` on a quantity written as a mapping: an id of the top-level `sources:` list. */
const sourceRef = idSchema
  .optional()
  .describe("id of an entry of sources: where the figure comes from");

function distributionKeys<T extends z.ZodType>(item: T) {
  const pair = z.tuple([item, item]);
  const triple = z.tuple([item, item, item]);
  const plainPair = z.tuple([count, count]);
  type List = typeof pair | typeof triple | typeof plainPair;
  // One key per distribution of the registry, in its order, described by its module.
  const kinds = Object.fromEntries(
    DISTRIBUTION_KINDS.map((kind) => {
      const m = distributionModule(kind);
      const list: List = m.shapeParams === true ? plainPair : m.arity === 3 ? triple : pair;
      return [kind, list.optional().describe(m.params)];
    }),
  ) as Record<DistributionKind, z.ZodOptional<List>>;
  return {
    ...kinds,
    base: item.optional().describe("value in deterministic mode"),
    source: sourceRef,
  };
}

const moneyItem = oneOf("money-item", [z.number(), text(MONEY_ITEM_SOURCE, "money-item")]).meta({
  id: "moneyAmount",
  description: "470k or 470k USD",
});
export const moneySchema = oneOf("money", [
  z.number(),
  text(MONEY_SOURCE, "money"),
  z.strictObject({
    value: moneyItem.optional(),
    ...distributionKeys(moneyItem),
    currency: currency.optional(),
    year: year.optional(),
  }),
]).meta({
  id: "money",
  description: "470k USD, 20k to 80k USD, {value, currency, year} or a distribution",
});

const probabilityItem = fraction;
export const probabilitySchema = oneOf("probability", [
  z.number(),
  text(PROBABILITY_SOURCE, "probability"),
  z.strictObject({ value: probabilityItem.optional(), ...distributionKeys(probabilityItem) }),
]).meta({
  id: "probability",
  description: "0.85, 85%, 60% to 90%, {value, source} or a distribution",
});

const durationItem = oneOf("duration-item", [
  z.number(),
  text(DURATION_ITEM_SOURCE, "duration-item"),
]).meta({ id: "durationAmount", description: "12 s, 30 min, or a number of seconds" });
export const durationSchema = oneOf("duration", [
  z.number(),
  text(DURATION_SOURCE, "duration"),
  z.strictObject({ value: durationItem.optional(), ...distributionKeys(durationItem) }),
]).meta({
  id: "duration",
  description: "12 s, 30 min, 20 to 40 min, {value, source} or a distribution",
});

export const droneSchema = z
  .strictObject({
    id: idSchema,
    name: z.string().optional(),
    ref: z.string().optional().describe("catalog entry id: fills the fields left out"),
    unitCost: moneySchema.optional(),
    share: z
      .union([fraction, z.literal("rest")], { error: () => expect("share") })
      .optional()
      .describe("share of the swarm; shares sum to 1; rest: 1 − the others (one type at most)"),
    damage: moneySchema.optional().describe("damage if it leaks"),
    decoy: z.boolean().optional(),
  })
  .meta({ id: "drone" });

const doctrineSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("salvo"), shots: count.optional() }),
  z.strictObject({ type: z.literal("shoot-look-shoot"), maxShots: count }),
]);

const capacitySchema = oneOf("capacity", [
  z.strictObject({ shots: count }),
  z.strictObject({ channels: count, window: durationSchema, timePerShot: durationSchema }),
]);

export const layerSchema = z
  .strictObject({
    id: idSchema,
    name: z.string().optional(),
    ref: z.string().optional().describe("catalog entry id: fills the fields left out"),
    kind: z.enum(LAYER_KINDS).optional(),
    costPerShot: moneySchema.optional(),
    pk: probabilitySchema.optional().describe("single-shot kill probability"),
    doctrine: doctrineSchema.optional(),
    magazine: count.optional(),
    capacity: capacitySchema.optional(),
    availability: probabilitySchema.optional(),
    engages: z.array(idSchema).optional().describe("drone ids it can engage (default: all)"),
    discriminates: z.boolean().optional().describe("never engages decoys"),
    fixedCost: moneySchema.optional().describe("cost per attack when available"),
    acquisition: z
      .strictObject({ cost: moneySchema, lifeYears: count, attacksPerYear: count })
      .optional(),
  })
  .meta({ id: "layer" });

export const swarmSizesSchema = oneOf("swarm-sizes", [
  z.array(count),
  z.strictObject({
    from: count,
    to: count,
    points: count,
    scale: z.enum(["linear", "log"]).optional().describe("default linear"),
  }),
]);

const rate = oneOf("rate", [z.number(), text(RATE_SOURCE, "rate")]).meta({
  id: "rate",
  description: "per night: 30, 1000/day, 2700/month, 30k/year",
});
const leadTime = oneOf("lead-time", [z.number(), text(LEAD_TIME_SOURCE, "lead-time")]).meta({
  id: "leadTime",
  description: "30 days, 18 months, 2 years (a bare number is nights)",
});
const raidSpanSchema = z.strictObject({
  from: count.describe("first night, from 1"),
  to: count.describe("last night, inclusive"),
  drones: count.describe("drones planned each night of the span"),
});

/** The `campaign:` block (docs/campaign.md §1). */
export const campaignSchema = z
  .strictObject({
    nights: count.describe("nights in the campaign"),
    raid: oneOf("raid", [
      z.number(),
      text(AMOUNT_SOURCE, "count"),
      z.array(raidSpanSchema),
    ]).describe("drones planned each night, or spans [{from, to, drones}]"),
    attacker: z
      .record(idSchema, z.strictObject({ stock: count.optional(), production: rate.optional() }))
      .optional()
      .describe("by drone type id; a type left out is unlimited"),
    defender: z
      .record(
        idSchema,
        z.strictObject({
          stock: count.optional(),
          production: rate.optional(),
          leadTime: leadTime.optional(),
          reserve: count.optional().describe("shots the defender will not fire"),
        }),
      )
      .optional()
      .describe("by layer id; a layer left out has no stock limit"),
    holdLeakRate: fraction.optional().describe("the strike leak rate the defence must hold"),
  })
  .meta({ id: "campaign" });

/** One entry of the top-level `sources:` list. */
export const sourceSchema = z
  .strictObject({
    id: idSchema,
    title: z.string().min(1),
    publisher: z.string().optional(),
    year: z.number().optional(),
    url: z.string().optional(),
    kind: z.enum(SOURCE_KINDS).optional(),
  })
  .meta({ id: "source" });

export const variantSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  set: z.record(z.string(), z.unknown()).describe("PATH: VALUE overrides, paths as for --set"),
});

/** The header: everything money conversion needs. */
export const headerSchema = z.object({
  currency: currency.describe("reporting currency"),
  priceYear: z.number().describe("price year of the results, 1900..2100"),
  fx: z
    .record(text(CURRENCY_SOURCE, "currency"), z.number())
    .optional()
    .describe("reporting-currency units per unit of each other currency"),
  inflation: z
    .record(text(YEAR_KEY_SOURCE, "year"), z.number())
    .optional()
    .describe("price index by year"),
});

export const scenarioFileSchema = z
  .strictObject({
    title: z.string().optional(),
    description: z.string().optional(),
    ...headerSchema.shape,
    focus: count.optional().describe("the swarm size of the story"),
    sources: z.array(sourceSchema).optional().describe("sources that quantities cite by id"),
    threat: z.strictObject({
      swarmSizes: swarmSizesSchema.optional(),
      drones: z.array(droneSchema),
      disruption: moneySchema
        .optional()
        .describe("money per attack whenever drones come, whatever is shot down"),
    }),
    defense: z.strictObject({ layers: z.array(layerSchema).optional() }).optional(),
    campaign: campaignSchema.optional(),
    variants: z.array(variantSchema).optional(),
  })
  .describe("A cxr scenario (docs/scenario-format.md, v2)");

export type ScenarioFile = z.infer<typeof scenarioFileSchema>;
export type HeaderFile = z.infer<typeof headerSchema>;
export type DroneFile = z.infer<typeof droneSchema>;
export type LayerFile = z.infer<typeof layerSchema>;
export type MoneyFile = z.infer<typeof moneySchema>;
export type ProbabilityFile = z.infer<typeof probabilitySchema>;
export type DurationFile = z.infer<typeof durationSchema>;
export type SwarmSizesFile = z.infer<typeof swarmSizesSchema>;
export type VariantFile = z.infer<typeof variantSchema>;
export type CampaignFile = z.infer<typeof campaignSchema>;
export type SourceFile = z.infer<typeof sourceSchema>;
