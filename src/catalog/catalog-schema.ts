/**
 * The zod 4 schema of one catalog entry in `catalog/catalog.yaml`. Objects
 * are strict (an unknown key is an error). Per-field rules live here;
 * rules across fields (low ≤ likely ≤ high, a source or grade U, unique ids)
 * are in `parse-catalog.ts`, so every entry is checked even when another fails.
 */
import * as z from "zod";
import {
  CATALOG_KINDS,
  COST_MEASURES,
  DURATION_UNITS,
  PRODUCTION_STATUSES,
  RANGE_FIGURES,
  RATE_UNITS,
} from "../model/catalog-entry.js";
import { SOURCE_KINDS } from "../model/scenario.js";
import { parseAmount } from "./amount.js";

/** Marker messages: `parse-catalog.ts` turns them into the texts of `catalog-messages.ts`. */
export const MARK = {
  kebab: "kebab",
  amount: "amount",
  negative: "negative",
  currency: "currency",
  year: "year",
  unit: "unit",
  url: "url",
} as const;

/** A catalog id: lower-case words joined by single hyphens. */
export const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const amount = z
  .union([z.number(), z.string()])
  .transform((value, ctx) => {
    const parsed = parseAmount(value);
    if (parsed === undefined) {
      ctx.issues.push({ code: "custom", message: MARK.amount, input: value });
      return z.NEVER;
    }
    return parsed;
  })
  .pipe(z.number().min(0, { error: MARK.negative }));

const year = z
  .number({ error: MARK.year })
  .int({ error: MARK.year })
  .min(1990, { error: MARK.year })
  .max(2100, { error: MARK.year });

const unit = z.number().min(0, { error: MARK.unit }).max(1, { error: MARK.unit });

const text = z.string().trim().min(1);

export const costSchema = z.strictObject({
  low: amount,
  likely: amount,
  high: amount,
  currency: z.string().regex(/^[A-Z]{3}$/, { error: MARK.currency }),
  year,
  basis: text,
  measure: z.enum(COST_MEASURES),
  sourced: z.array(z.enum(RANGE_FIGURES)),
});

const range3 = <T extends z.ZodType<number>>(value: T) =>
  z.strictObject({ low: value, likely: value, high: value });

export const performanceSchema = z.strictObject({
  pk: range3(unit).optional(),
  magazine: z.number().int().min(1).optional(),
  timePerShot: range3(z.number().min(0, { error: MARK.negative })).optional(),
});

export const sourceSchema = z.strictObject({
  kind: z.enum(SOURCE_KINDS),
  title: text,
  publisher: text,
  year: year.nullable(),
  url: z
    .string()
    .regex(/^https?:\/\/\S+$/, { error: MARK.url })
    .nullable(),
});

const evidence = {
  grade: z.enum(["A", "B", "C", "U"]),
  sources: z.array(sourceSchema),
  notes: text,
};

/** A production rate (catalog README "Production and lead times"). */
export const productionSchema = z.strictObject({
  rate: z.number().positive(),
  per: z.enum(RATE_UNITS),
  status: z.enum(PRODUCTION_STATUSES),
  period: text,
  ...evidence,
});

/** Order-to-delivery time, low / likely / high in `unit`. */
export const leadTimeSchema = z.strictObject({
  low: z.number().min(0, { error: MARK.negative }),
  likely: z.number().min(0, { error: MARK.negative }),
  high: z.number().min(0, { error: MARK.negative }),
  unit: z.enum(DURATION_UNITS),
  ...evidence,
});

export const entrySchema = z.strictObject({
  id: z.string().regex(KEBAB, { error: MARK.kebab }),
  name: text,
  kind: z.enum(CATALOG_KINDS),
  cost: costSchema,
  performance: performanceSchema.optional(),
  ...evidence,
  production: z.array(productionSchema).min(1).optional(),
  leadTime: leadTimeSchema.optional(),
});

/** The entry as zod outputs it (amounts already numbers). */
export type ParsedEntry = z.output<typeof entrySchema>;

/** The top level of the file: one key, `entries`, holding a list. */
export const documentSchema = z.strictObject({ entries: z.array(z.unknown()) });
