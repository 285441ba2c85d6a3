// Shared test inputs: a small valid scenario and a two-entry catalog.
import type { CatalogEntry, CatalogLookup } from "../../src/model/catalog-entry.js";

/** A valid scenario with two drone types, two layers and one variant. */
export const VALID = `title: Test
currency: EUR
priceYear: 2025
fx: { USD: 0.86 }
inflation: { 2024: 0.97, 2025: 1.0 }
threat:
  swarmSizes: [1, 10, 100]
  drones:
    - id: shahed
      unitCost: 20k to 80k USD
      share: 60%
      damage: { triangular: [50k, 250k, 2M] }
    - id: gerbera
      unitCost: 10k
      share: 40%
      decoy: true
defense:
  layers:
    - id: f35-aim9x
      kind: missile
      costPerShot: { value: 470k, currency: USD, year: 2024 }
      pk: 85%
      magazine: 8
    - id: iron-beam
      kind: laser
      costPerShot: 3 USD
      pk: { uniform: [70%, 95%] }
      doctrine: { type: shoot-look-shoot, maxShots: 3 }
      capacity: { channels: 1, window: 30 min, timePerShot: 12 s }
      availability: 80%
variants:
  - name: cheap
    description: Cheaper missiles
    set:
      defense.layers.f35-aim9x.costPerShot: 3k
      defense.layers.f35-aim9x.pk: 60%
  - name: pricey-drones
    set: { threat.drones.shahed.unitCost: 40k to 160k USD }
`;

const entries: CatalogEntry[] = [
  {
    id: "shahed-136",
    name: "Shahed-136 / Geran-2",
    kind: "drone",
    cost: {
      low: 20_000,
      likely: 50_000,
      high: 200_000,
      currency: "USD",
      year: 2024,
      basis: "per drone",
      measure: "press-figure",
      sourced: ["likely"],
    },
    performance: {},
    grade: "B",
    sources: [
      {
        kind: "secondary",
        title: "Drone costs",
        publisher: "Think tank",
        year: 2024,
        url: "https://example.org/a",
      },
      {
        kind: "secondary",
        title: "Geran production",
        publisher: "Newspaper",
        year: 2025,
        url: null,
      },
    ],
    notes: "",
  },
  {
    id: "aim-9x",
    name: "AIM-9X Sidewinder",
    kind: "missile",
    cost: {
      low: 400_000,
      likely: 470_000,
      high: 500_000,
      currency: "USD",
      year: 2025,
      basis: "per missile",
      measure: "unit-procurement",
      sourced: ["likely"],
    },
    performance: { pk: { low: 0.6, likely: 0.8, high: 0.9 }, magazine: 2 },
    grade: "A",
    sources: [
      { kind: "primary", title: "Budget request", publisher: "DoD", year: 2025, url: null },
    ],
    notes: "",
  },
  {
    id: "gerbera",
    name: "Gerbera decoy",
    kind: "drone",
    cost: {
      low: 10_000,
      likely: 10_000,
      high: 10_000,
      currency: "EUR",
      year: 2025,
      basis: "per drone",
      measure: "press-figure",
      sourced: [],
    },
    performance: {},
    grade: "C",
    sources: [],
    notes: "",
  },
];

export const testCatalog: CatalogLookup = {
  get: (id) => entries.find((e) => e.id === id),
  ids: () => entries.map((e) => e.id),
};
