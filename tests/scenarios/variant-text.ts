// Checks that the numbers a variant's text quotes against the base scenario
// ("600 interceptor drones instead of 300") agree with the file: the number
// after "instead of" must be the base value of a path the variant sets, and
// the number before it that path's value in the variant.
import { parse } from "yaml";

/** One quoted comparison found in a variant's name or description. */
export interface Quote {
  text: string;
  variantValue: number;
  baseValue: number;
}

const NUMBER = String.raw`(\d[\d,]*(?:\.\d+)?)\s*(%|k|M|B)?`;
const QUOTE = new RegExp(
  String.raw`${NUMBER}(?:\s+[^\s()]+){0,6}?\s+(?:instead of|rather than)\s+(?:${NUMBER}|(none))`,
  "gi",
);

function toNumber(digits: string, unit: string | undefined): number {
  const n = Number(digits.replace(/,/g, ""));
  const scale = { "%": 0.01, k: 1e3, M: 1e6, B: 1e9 }[unit ?? ""] ?? 1;
  return n * scale;
}

/** Every "A … instead of B" in a text, as numbers ("none" is 0). */
export function quotes(text: string): Quote[] {
  return [...text.matchAll(QUOTE)].map((m) => ({
    text: m[0],
    variantValue: toNumber(m[1]!, m[2]),
    baseValue: m[5] === undefined ? toNumber(m[3]!, m[4]) : 0,
  }));
}

/** The base value of a raw YAML quantity: a number, "20%", "12k", "530M USD", "2700/month" (the number as written), or a distribution's mode. */
export function quantity(raw: unknown): number | null {
  if (typeof raw === "number") return raw;
  if (typeof raw === "string") {
    // A count, a percentage, money with its code, or a rate such as 2700/month.
    const m =
      /^\s*(-?\d[\d,]*(?:\.\d+)?(?:e\d+)?)\s*(%|k|M|B)?(?:\s+[A-Z]{3}|\s*\/\s*(?:day|week|month|year))?\s*$/.exec(
        raw,
      );
    return m ? toNumber(m[1]!, m[2]) : null;
  }
  if (raw !== null && typeof raw === "object") {
    const o = raw as Record<string, unknown>;
    if ("base" in o) return quantity(o.base);
    if ("value" in o) return quantity(o.value);
    const list = (key: string) => (Array.isArray(o[key]) ? (o[key] as unknown[]) : null);
    const mode = list("pert") ?? list("triangular");
    if (mode) return quantity(mode[1]);
    const u = list("uniform");
    if (u) {
      const [a, b] = [quantity(u[0]), quantity(u[1])];
      return a === null || b === null ? null : (a + b) / 2;
    }
  }
  return null;
}

/** The raw value at a dotted path; list items are picked by index or id. */
export function at(doc: unknown, path: string): unknown {
  let node: unknown = doc;
  for (const key of path.split(".")) {
    if (Array.isArray(node)) {
      node = /^\d+$/.test(key)
        ? node[Number(key)]
        : node.find((item) => (item as { id?: unknown } | null)?.id === key);
    } else if (node !== null && typeof node === "object") {
      node = (node as Record<string, unknown>)[key];
    } else return undefined;
  }
  return node;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/** Problems with the quoted numbers of every variant of one scenario file. */
export function variantTextProblems(yamlText: string): string[] {
  const doc = parse(yamlText) as {
    variants?: { name: string; description?: string; set?: Record<string, unknown> }[];
  };
  const problems: string[] = [];
  for (const v of doc.variants ?? []) {
    const set = v.set ?? {};
    for (const q of quotes(`${v.name}. ${v.description ?? ""}`)) {
      const agrees = Object.entries(set).some(([path, value]) => {
        const base = at(doc, path);
        const baseValue = base === undefined ? null : quantity(base);
        const setValue = quantity(value);
        return (
          baseValue !== null &&
          setValue !== null &&
          close(baseValue, q.baseValue) &&
          close(setValue, q.variantValue)
        );
      });
      if (!agrees)
        problems.push(
          `variant "${v.name}": "${q.text}" — no path it sets goes from ${q.baseValue} in the base to ${q.variantValue}`,
        );
    }
  }
  return problems;
}
