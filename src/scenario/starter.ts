/**
 * The commented starter scenario `cxr init` writes. It must load cleanly
 * (tests/scenario/starter.test.ts checks it).
 */
export const STARTER_SCENARIO = `# A cxr scenario: one attack by a drone swarm against layered defences.
# Format: docs/scenario-format.md. Editors: cxr schema > scenario.schema.json.
title: Starter scenario             # shown on charts and reports
description: Two drone types against a missile layer and a gun layer.
currency: EUR                       # reporting currency (ISO 4217 code)
priceYear: 2025                     # results are in EUR at 2025 prices
fx: { USD: 0.86 }                   # EUR per USD, for values given in USD
inflation: { 2024: 0.97, 2025: 1.0 } # price index, for values from other years

threat:
  swarmSizes: { from: 1, to: 1000, points: 40, scale: log }  # sizes to sweep, or a list [1, 10, 100]
  drones:
    - id: shahed                    # used in --set paths: threat.drones.shahed.unitCost
      name: Shahed-136              # label on charts (defaults to the id)
      unitCost: 20k to 80k USD      # uncertain: a 90 % interval (lognormal)
      share: 60%                    # share of the swarm; shares sum to 100 %
      damage: 500k                  # damage if it leaks, in EUR (default 0)
    - id: decoy                     # ids: lower-case letters, digits, - and _
      name: Gerbera decoy
      unitCost: 10k                 # a plain number or "10k" is in EUR
      share: 40%                    # 60% + 40% = 100%
      decoy: true                   # a decoy does no damage; some layers ignore it

defense:
  layers:                           # engaged in order, outer to inner
    - id: sam                       # outer layer: fights first
      name: Surface-to-air missile
      kind: missile                 # missile | gun | laser | microwave | interceptor-drone | electronic-warfare | other
      costPerShot: { value: 470k, currency: USD, year: 2024 }  # converted with fx and inflation
      pk: 85%                       # single-shot kill probability
      doctrine: { type: salvo, shots: 1 }  # or { type: shoot-look-shoot, maxShots: 2 }
      magazine: 16                  # shots available in this attack (default unlimited)
      fixedCost: 0                  # cost per attack when the layer fights (default 0)
    - id: gun                       # inner layer: fights the survivors
      name: Anti-aircraft gun
      kind: gun                     # what the layer is, for charts
      costPerShot: 5k               # one burst
      pk: 40%                       # per burst; could be uncertain: { uniform: [30%, 50%] }
      capacity: { channels: 1, window: 30 min, timePerShot: 20 s }  # 90 bursts in the attack
      availability: 90%             # chance the layer can fight at all (default 100 %)
      discriminates: false          # true: never engages decoys

# Alternatives to compare with cxr compare (paths as for --set).
variants:
  - name: cheap interceptors
    description: Interceptor drones at 3k EUR replace the missiles.
    set:
      defense.layers.sam.costPerShot: 3k
      defense.layers.sam.pk: 60%
`;
