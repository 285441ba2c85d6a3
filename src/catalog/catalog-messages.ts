/**
 * Every problem text the catalog parser reports, in one place. Each message
 * is `where: field: text`, where `where` is the entry id (or `entries[i]`
 * when the id itself is missing or broken).
 */

export const catalogMessages = {
  yaml: (detail: string) => `catalog: the file is not valid YAML: ${detail}`,
  notAList: () => `catalog: entries: expected a list of entries under the key "entries"`,
  unknownKey: (where: string, field: string) => `${where}: ${field}: unknown key`,
  kebab: (where: string) =>
    `${where}: id: must be kebab-case (lower-case letters and digits separated by single dashes)`,
  duplicateId: (id: string, first: number, again: number) =>
    `${id}: id: duplicate id (entries[${first}] and entries[${again}])`,
  notAmount: (where: string, field: string) =>
    `${where}: ${field}: not an amount (a number, or digits with a k / M / B suffix)`,
  negative: (where: string, field: string) => `${where}: ${field}: must be ≥ 0`,
  order: (where: string, low: number, likely: number, high: number) =>
    `${where}: cost: needs low ≤ likely ≤ high (got ${low}, ${likely}, ${high})`,
  rangeOrder: (where: string, field: string) => `${where}: ${field}: needs low ≤ likely ≤ high`,
  currency: (where: string) =>
    `${where}: cost.currency: must be a 3-letter ISO 4217 code in capitals, like USD`,
  year: (where: string, field: string) => `${where}: ${field}: must be a whole year 1990..2100`,
  pk: (where: string, field: string) => `${where}: ${field}: must be between 0 and 1`,
  url: (where: string, field: string) => `${where}: ${field}: must be an http(s) URL`,
  noSource: (where: string, prefix = "") =>
    `${where}: ${prefix}sources: needs at least one source, or grade U`,
  estimateNote: (where: string, prefix = "") =>
    `${where}: ${prefix}notes: a grade U figure must say in its notes that it is an estimate`,
  unsupportedGrade: (
    where: string,
    prefix: string,
    grade: string,
    supported: string,
    kinds: Readonly<Record<string, number>>,
  ) =>
    `${where}: ${prefix}grade: ${grade} is not supported by its sources ` +
    `(${kinds.primary ?? 0} primary, ${kinds.secondary ?? 0} secondary, ` +
    `${kinds.aggregator ?? 0} aggregator: at best ${supported}); ` +
    `A needs a primary source and a second source from another publisher, ` +
    `B a primary or secondary source`,
  sourcedTwice: (where: string) => `${where}: cost.sourced: names a figure twice`,
  sourcedWithoutSource: (where: string) =>
    `${where}: cost.sourced: names sourced figures, but the entry has no source`,
  other: (where: string, field: string, text: string) => `${where}: ${field}: ${text}`,
} as const;
