// The expected problem of each file under tests/scenario/invalid/: exact
// code, path and line (counted by hand in the file), and a message fragment.
export interface Case {
  code: string;
  path: string;
  line: number | null;
  fragment: string;
  /** How many problems the file has in all (default 1). */
  count?: number;
}

export const CASES: Record<string, Case> = {
  "wrong-type-pk-list": {
    code: "wrong-type",
    path: "defense.layers[0].pk",
    line: 14,
    fragment: "found a list",
  },
  "wrong-type-decoy-string": {
    code: "wrong-type",
    path: "threat.drones[0].decoy",
    line: 10,
    fragment: 'expected true or false, found "yes"',
  },
  "wrong-type-drones-mapping": {
    code: "wrong-type",
    path: "threat.drones",
    line: 6,
    fragment: "expected a list, found a mapping",
  },
  "unknown-key-top-level": {
    code: "unknown-key",
    path: "ttile",
    line: 1,
    fragment: 'did you mean "title"',
  },
  // pK is unknown, and so pk is also missing: two problems.
  "unknown-key-nested": {
    code: "unknown-key",
    path: "defense.layers[0].pK",
    line: 14,
    fragment: 'did you mean "pk"',
    count: 2,
  },
  // 0.6 + 0.3 = 0.9.
  "shares-do-not-sum-to-one": {
    code: "share-sum",
    path: "threat.drones",
    line: 7,
    fragment: "found 0.9",
  },
  "pk-above-one": {
    code: "probability-range",
    path: "defense.layers[0].pk",
    line: 14,
    fragment: "in 0..1, found 1.2",
  },
  "availability-below-zero": {
    code: "probability-range",
    path: "defense.layers[0].availability",
    line: 15,
    fragment: "found -0.1",
  },
  "pk-uniform-above-one": {
    code: "probability-range",
    path: "defense.layers[0].pk.uniform",
    line: 14,
    fragment: "[0.8, 1.1]",
  },
  "negative-money": {
    code: "negative-money",
    path: "threat.drones[0].unitCost",
    line: 8,
    fragment: "found -5000",
  },
  "currency-code-lower-case": {
    code: "currency-format",
    path: "defense.layers[0].costPerShot.currency",
    line: 13,
    fragment: 'found "usd"',
  },
  "currency-glued-to-scale": {
    code: "money-spelling",
    path: "threat.drones[0].unitCost",
    line: 8,
    fragment: 'write 10k USD, found "10 kUSD"',
  },
  "missing-fx-rate": {
    code: "unknown-currency",
    path: "defense.layers[0].costPerShot",
    line: 14,
    fragment: "no fx rate for GBP: add it to fx",
  },
  "missing-inflation-year": {
    code: "no-inflation",
    path: "defense.layers[0].costPerShot",
    line: 14,
    fragment: "no inflation index for 2022 (needed by defense.layers[0].costPerShot year: 2022)",
  },
  "fx-rate-zero": { code: "not-positive", path: "fx.USD", line: 4, fragment: "> 0, found 0" },
  "infinite-cost": {
    code: "not-finite",
    path: "defense.layers[0].costPerShot",
    line: 13,
    fragment: "found .inf",
  },
  "nan-pk": { code: "not-finite", path: "defense.layers[0].pk", line: 14, fragment: "found .nan" },
  "empty-drones-list": {
    code: "no-drones",
    path: "threat.drones",
    line: 6,
    fragment: "at least one drone type",
  },
  "duplicate-drone-id": {
    code: "duplicate-id",
    path: "threat.drones[1].id",
    line: 10,
    fragment: 'the id "shahed" is already used by threat.drones[0]',
  },
  "duplicate-layer-id": {
    code: "duplicate-id",
    path: "defense.layers[1].id",
    line: 15,
    fragment: 'the id "gun"',
  },
  "bad-id-with-space": {
    code: "bad-id",
    path: "threat.drones[0].id",
    line: 7,
    fragment: 'found "Shahed 136"',
  },
  "engages-missing-drone": {
    code: "unknown-drone",
    path: "defense.layers[0].engages[1]",
    line: 15,
    fragment: 'no drone type with id "geran"; drone ids are: shahed',
  },
  "triangular-min-above-max": {
    code: "distribution-params",
    path: "threat.drones[0].unitCost.triangular",
    line: 8,
    fragment: "min ≤ mode ≤ max",
  },
  // `80k to 20k` is lognormal [80000, 20000]: p5 > p95.
  "interval-p5-above-p95": {
    code: "distribution-params",
    path: "threat.drones[0].unitCost",
    line: 8,
    fragment: "0 < p5 < p95, found [80000, 20000]",
  },
  "normal-negative-sd": {
    code: "distribution-params",
    path: "defense.layers[0].pk.normal",
    line: 14,
    fragment: "sd ≥ 0",
  },
  "two-distribution-kinds": {
    code: "distribution-kind",
    path: "threat.drones[0].unitCost",
    line: 8,
    fragment: "found pert and uniform",
  },
  "distribution-wrong-length": {
    code: "list-length",
    path: "threat.drones[0].unitCost.triangular",
    line: 8,
    fragment: "expected 3 values [min, mode, max], found 2 items",
  },
  "bad-duration-unit": {
    code: "bad-quantity",
    path: "defense.layers[0].capacity.window",
    line: 15,
    fragment: 'found "30 furlongs"',
  },
  "capacity-zero-time-per-shot": {
    code: "zero-time-per-shot",
    path: "defense.layers[0].capacity.timePerShot",
    line: 12,
    fragment: "expected a time per shot above 0",
  },
  "ref-wrong-kind": {
    code: "ref-kind",
    path: "threat.drones[0].ref",
    line: 6,
    fragment: 'catalog entry "aim-9x" is a missile, not a drone',
  },
  "variant-breaks-shares": {
    code: "share-sum",
    path: "threat.drones",
    line: 6,
    fragment: 'with variant "More of a"',
  },
  "base-beside-value": {
    code: "base-without-distribution",
    path: "threat.drones[0].unitCost.base",
    line: 7,
    fragment: "beside value: it has no meaning",
  },
  "beta-for-money": {
    code: "beta-not-probability",
    path: "threat.drones[0].unitCost.beta",
    line: 7,
    fragment: "for money use triangular",
  },
  "magazine-not-whole": {
    code: "not-whole",
    path: "defense.layers[0].magazine",
    line: 15,
    fragment: "found 2.5",
  },
  "salvo-of-zero-shots": {
    code: "count-range",
    path: "defense.layers[0].doctrine.shots",
    line: 15,
    fragment: "≥ 1, found 0",
  },
  "unknown-doctrine": {
    code: "bad-value",
    path: "defense.layers[0].doctrine.type",
    line: 15,
    fragment: 'salvo, shoot-look-shoot, found "salvos"',
  },
  "life-years-zero": {
    code: "count-range",
    path: "defense.layers[0].acquisition.lifeYears",
    line: 15,
    fragment: "≥ 1, found 0",
  },
  "missing-pk": {
    code: "missing-field",
    path: "defense.layers[0].pk",
    line: 12,
    fragment: 'missing "pk"',
  },
  "swarm-sizes-to-below-from": {
    code: "sizes-range",
    path: "threat.swarmSizes.to",
    line: 5,
    fragment: "to ≥ from (100), found 10",
  },
  "malformed-yaml": { code: "yaml-syntax", path: "", line: 6, fragment: "end with a ]" },
  "duplicate-key": {
    code: "duplicate-key",
    path: "",
    line: 4,
    fragment: '"currency" appears twice',
  },
  "empty-file": { code: "empty-file", path: "", line: null, fragment: "the file is empty" },
  "top-level-list": { code: "not-a-mapping", path: "", line: 1, fragment: "found a list" },
  "unknown-ref": {
    code: "unknown-ref",
    path: "threat.drones[0].ref",
    line: 8,
    fragment: 'no catalog entry "shahed-136x"; did you mean shahed-136',
  },
  "variant-path-missing": {
    code: "set-path",
    path: "variants[0].set.defense.layers.gunn.costPerShot",
    line: 18,
    fragment: 'no "gunn" in defense.layers; it has: gun',
  },
  // A variant not chosen is still checked; its value's line is reported.
  "variant-value-out-of-range": {
    code: "probability-range",
    path: "defense.layers[0].pk",
    line: 18,
    fragment: "found 1.4",
  },
};
