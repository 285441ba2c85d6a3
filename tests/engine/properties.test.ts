import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/index.js";
import type { Layer, Scenario } from "../../src/model/index.js";
import { type LayerSpec, drone, layer, scenario } from "./fixtures.js";

const layerSpec = (id: string): fc.Arbitrary<LayerSpec> =>
  fc.record({
    id: fc.constant(id),
    costPerShot: fc.double({ min: 0, max: 1e6, noNaN: true }),
    pk: fc.double({ min: 0, max: 1, noNaN: true }),
    salvo: fc.integer({ min: 1, max: 3 }),
    sls: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    magazine: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
    availability: fc.double({ min: 0, max: 1, noNaN: true }),
    discriminates: fc.boolean(),
    fixedCost: fc.double({ min: 0, max: 1e5, noNaN: true }),
  });

// A decoy/strike mix, a swarm size and up to four random layers.
const world = fc.record({
  share: fc.double({ min: 0.01, max: 0.99, noNaN: true }),
  n: fc.integer({ min: 1, max: 5000 }),
  layers: fc
    .integer({ min: 0, max: 4 })
    .chain((k) => fc.tuple(...Array.from({ length: k }, (_, i) => layerSpec(`l${i}`)))),
});

function build(share: number, layers: Layer[]): Scenario {
  return scenario(
    [
      drone({ id: "decoy", cost: 10_000, share, decoy: true }),
      drone({ id: "strike", cost: 50_000, share: 1 - share, damage: 1e5 }),
    ],
    layers,
  );
}

describe("engine invariants (deterministic)", () => {
  it("kills + leakers = swarm size", () => {
    fc.assert(
      fc.property(world, ({ share, n, layers }) => {
        const r = evaluate(build(share, layers.map(layer)), [n])[0]!;
        expect(r.kills + r.leakers).toBeCloseTo(n, 6);
        expect(r.leakers).toBeGreaterThanOrEqual(-1e-9);
      }),
    );
  });

  it("adding a layer never raises leakers", () => {
    fc.assert(
      fc.property(world, layerSpec("extra"), fc.nat(), ({ share, n, layers }, extra, at) => {
        const base = layers.map(layer);
        const more = [...base];
        more.splice(at % (base.length + 1), 0, layer(extra));
        const before = evaluate(build(share, base), [n])[0]!.leakers;
        const after = evaluate(build(share, more), [n])[0]!.leakers;
        expect(after).toBeLessThanOrEqual(before + 1e-9 * n);
      }),
    );
  });

  it("raising a pk never raises leakers", () => {
    fc.assert(
      fc.property(world, fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (w, at, bump) => {
        if (w.layers.length === 0) return;
        const i = at % w.layers.length;
        const spec = w.layers[i]!;
        const raised = w.layers.map((l, j) =>
          j === i ? { ...spec, pk: spec.pk + (1 - spec.pk) * bump } : l,
        );
        const before = evaluate(build(w.share, w.layers.map(layer)), [w.n])[0]!.leakers;
        const after = evaluate(build(w.share, raised.map(layer)), [w.n])[0]!.leakers;
        expect(after).toBeLessThanOrEqual(before + 1e-9 * w.n);
      }),
    );
  });

  it("a layer with pk 0 changes nothing but cost", () => {
    fc.assert(
      fc.property(world, layerSpec("dud"), fc.nat(), ({ share, n, layers }, dud, at) => {
        const base = layers.map(layer);
        const more = [...base];
        const pos = at % (base.length + 1);
        more.splice(pos, 0, layer({ ...dud, pk: 0 }));
        const a = evaluate(build(share, base), [n])[0]!;
        const b = evaluate(build(share, more), [n])[0]!;
        expect(b.kills).toBeCloseTo(a.kills, 6);
        expect(b.leakers).toBeCloseTo(a.leakers, 6);
        expect(b.damage).toBeCloseTo(a.damage, 0);
        expect(b.defenderCost).toBeGreaterThanOrEqual(a.defenderCost - 1e-6 * (1 + a.defenderCost));
        expect(b.layers.filter((_, j) => j !== pos).map((l) => l.kills)).toEqual(
          a.layers.map((l) => expect.closeTo(l.kills, 6) as unknown),
        );
      }),
    );
  });
});
