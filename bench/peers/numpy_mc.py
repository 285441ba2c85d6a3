#!/usr/bin/env python3
"""A vectorised NumPy peer of cxr's Monte Carlo engine (model.md §3, §5, §6, §7).

This is the honest, fast reference that cxr's TypeScript engine is timed
against: the same model on the same scenario, written the way a competent
NumPy programmer would write it -- every quantity an array over trials, shape
(trials,) or (trials, types); Python loops only over swarm sizes, layers,
shoot-look-shoot rounds and drone types, never over trials or drones.

Usage:
    python3 bench/peers/numpy_mc.py --trials 10000 --seed 1 [--sizes 1,10,100] [--json]
    python3 bench/peers/numpy_mc.py --per-trial-n 10,1000,1000000 --trials 2000
    python3 bench/peers/numpy_mc.py --check

Only the Python standard library and NumPy (>= 1.17 Generator API; tested
with NumPy 2) are used. See bench/peers/README.md.
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import sys
import time

import numpy as np

# ---------------------------------------------------------------------------
# The scenario, hard-coded. It mirrors bench/scenarios/mc-standard.yaml
# exactly (no YAML parser on purpose: the peer needs NumPy only). Money is in
# USD at the 2025 price year, durations in seconds, probabilities in 0..1.
# A distribution is a tuple (kind, *params) as in scenario-format.md; a plain
# number is a float. If you edit the YAML, edit this too.
# ---------------------------------------------------------------------------

SWARM_SIZES = {"from": 1, "to": 1000, "points": 100, "scale": "log"}

DRONES = [
    {
        "id": "shahed",
        "share": 0.70,
        "unitCost": ("pert", 20e3, 50e3, 200e3),
        "damage": ("triangular", 50e3, 250e3, 2e6),
        "decoy": False,
    },
    {
        "id": "gerbera",
        "share": 0.30,
        "unitCost": ("uniform", 3e3, 20e3),
        "damage": 0.0,  # no damage given and a pure decoy: 0 (model.md §1)
        "decoy": True,
    },
]

LAYERS = [
    {
        "id": "sam",
        "costPerShot": ("triangular", 900e3, 1e6, 1.2e6),
        "pk": ("beta", 8.0, 2.0),
        "doctrine": ("salvo", 2),
        "magazine": 16,
        "capacity": None,
        "availability": 0.90,
        "engages": None,
        "discriminates": False,
        "fixedCost": 0.0,
        "acquisition": None,
    },
    {
        "id": "gun",
        "costPerShot": ("uniform", 10e3, 20e3),
        "pk": ("pert", 0.30, 0.50, 0.70),
        "doctrine": ("shoot-look-shoot", 3),
        "magazine": None,
        "capacity": {"channels": 2, "window": 30 * 60.0, "timePerShot": ("uniform", 20.0, 40.0)},
        "availability": 0.95,
        "engages": None,
        "discriminates": False,
        "fixedCost": 0.0,
        "acquisition": None,
    },
    {
        "id": "interceptor-drones",
        "costPerShot": 2.5e3,
        "pk": ("uniform", 0.50, 0.80),
        "doctrine": ("salvo", 1),
        "magazine": 200,
        "capacity": None,
        "availability": 0.85,
        "engages": None,
        "discriminates": True,
        "fixedCost": 0.0,
        "acquisition": None,
    },
    {
        "id": "laser",
        "costPerShot": 10.0,
        "pk": ("normal", 0.80, 0.05),
        "doctrine": ("shoot-look-shoot", 4),
        "magazine": None,
        "capacity": {"channels": 1, "window": 30 * 60.0, "timePerShot": ("lognormal", 8.0, 20.0)},
        "availability": 0.70,
        "engages": None,
        "discriminates": False,
        "fixedCost": 0.0,
        "acquisition": {"cost": 150e6, "lifeYears": 20, "attacksPerYear": 50},
    },
]

# "Unlimited" budget as an integer, so budgets stay int64 arrays: far above
# any swarm size or shot count, far below int64 overflow after `// s` etc.
UNLIMITED = 1 << 60
Z95 = 1.6448536269514722  # standard normal 95th percentile


# ---------------------------------------------------------------------------
# Swarm sizes (scenario-format.md, "Swarm sizes")
# ---------------------------------------------------------------------------


def swarm_sizes(spec: dict) -> list[int]:
    """Points i = 0..points-1, linear or log spaced, rounded half up, unique, ascending."""
    lo, hi, points = spec["from"], spec["to"], spec["points"]
    out = set()
    for i in range(points):
        f = i / (points - 1) if points > 1 else 0.0
        x = lo + (hi - lo) * f if spec["scale"] == "linear" else lo * (hi / lo) ** f
        out.add(math.floor(x + 0.5))
    return sorted(out)


# ---------------------------------------------------------------------------
# Uncertain inputs: one draw per trial (model.md §7), clamped to the unit range
# ---------------------------------------------------------------------------


def base_value(spec) -> float:
    """The deterministic-mode value of an input (model.md §4)."""
    if not isinstance(spec, tuple):
        return float(spec)
    kind, *p = spec
    if kind in ("triangular", "pert"):
        return p[1]
    if kind == "uniform":
        return (p[0] + p[1]) / 2
    if kind == "normal":
        return p[0]
    if kind == "lognormal":
        return math.sqrt(p[0] * p[1])
    if kind == "beta":
        return p[0] / (p[0] + p[1])
    raise ValueError(f"unknown distribution {kind}")


def draw(rng: np.random.Generator, spec, trials: int, unit: str) -> np.ndarray:
    """`trials` draws of one input; probabilities clamped to [0, 1], money and durations to >= 0."""
    if not isinstance(spec, tuple):
        return np.full(trials, float(spec))
    kind, *p = spec
    if kind == "uniform":
        x = rng.uniform(p[0], p[1], trials)
    elif kind == "triangular":
        x = rng.triangular(p[0], p[1], p[2], trials) if p[0] < p[2] else np.full(trials, p[1])
    elif kind == "pert":
        lo, mode, hi = p
        if hi > lo:
            a = 1 + 4 * (mode - lo) / (hi - lo)
            b = 1 + 4 * (hi - mode) / (hi - lo)
            x = lo + (hi - lo) * rng.beta(a, b, trials)
        else:
            x = np.full(trials, mode)
    elif kind == "normal":
        x = rng.normal(p[0], p[1], trials)
    elif kind == "lognormal":
        p5, p95 = p
        mu = (math.log(p5) + math.log(p95)) / 2
        sigma = (math.log(p95) - math.log(p5)) / (2 * Z95)
        x = rng.lognormal(mu, sigma, trials)
    elif kind == "beta":
        x = rng.beta(p[0], p[1], trials)
    else:
        raise ValueError(f"unknown distribution {kind}")
    return np.clip(x, 0.0, 1.0) if unit == "probability" else np.maximum(x, 0.0)


def rate_capacity(channels: int, window: np.ndarray, time_per_shot: np.ndarray) -> np.ndarray:
    """floor(channels x window / timePerShot), forgiving a few ulps (as src/model/point.ts)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        x = channels * window / time_per_shot
        cap = np.floor(x + 1e-9 * np.maximum(1.0, np.abs(x)))
    cap = np.where(time_per_shot > 0, np.minimum(cap, UNLIMITED), UNLIMITED)
    return cap.astype(np.int64)


def draw_inputs(drones: list, layers: list, trials: int, rng: np.random.Generator) -> dict:
    """Every uncertain input, once per trial, common to all swarm sizes (model.md §7)."""
    unit_cost = np.stack([draw(rng, d["unitCost"], trials, "money") for d in drones], axis=1)
    damage = np.stack([draw(rng, d["damage"], trials, "money") for d in drones], axis=1)
    out_layers = []
    for layer in layers:
        cps = draw(rng, layer["costPerShot"], trials, "money")
        pk = draw(rng, layer["pk"], trials, "probability")
        p_avail = draw(rng, layer["availability"], trials, "probability")
        available = rng.random(trials) < p_avail
        fixed = draw(rng, layer["fixedCost"], trials, "money")
        budget = np.full(trials, UNLIMITED if layer["magazine"] is None else layer["magazine"], np.int64)
        cap = layer["capacity"]
        if cap is not None:
            if "shots" in cap:
                budget = np.minimum(budget, cap["shots"])
            else:
                window = draw(rng, cap["window"], trials, "duration")
                tps = draw(rng, cap["timePerShot"], trials, "duration")
                budget = np.minimum(budget, rate_capacity(cap["channels"], window, tps))
        acq = layer["acquisition"]
        acq_share = (
            draw(rng, acq["cost"], trials, "money") / (acq["lifeYears"] * acq["attacksPerYear"])
            if acq is not None
            else np.zeros(trials)
        )
        eligible = np.array(
            [
                (layer["engages"] is None or d["id"] in layer["engages"])
                and not (layer["discriminates"] and d["decoy"])
                for d in drones
            ]
        )
        out_layers.append(
            {
                "costPerShot": cps,
                "pk": pk,
                "available": available,
                # An unavailable layer fires nothing and costs nothing: a zero budget says both.
                "budget": np.where(available, budget, 0),
                "fixedCost": np.where(available, fixed, 0.0),
                "acqShare": acq_share,
                "doctrine": layer["doctrine"][0],
                "shots": layer["doctrine"][1],
                "eligible": eligible,
                "eligibleIdx": np.flatnonzero(eligible),
            }
        )
    return {"shares": np.array([d["share"] for d in drones]), "unitCost": unit_cost, "damage": damage, "layers": out_layers}


# ---------------------------------------------------------------------------
# Engagement (model.md §3), vectorised over trials
# ---------------------------------------------------------------------------


def split_uniform(rng: np.random.Generator, counts: np.ndarray, n: np.ndarray) -> np.ndarray:
    """Choose n[i] of the counts[i].sum() targets uniformly: a multivariate
    hypergeometric draw per row, done as k-1 sequential univariate ones
    (NumPy's multivariate_hypergeometric takes one colour vector only)."""
    k = counts.shape[1]
    if k == 1:
        return n[:, None].copy()
    out = np.empty_like(counts)
    left_pop = counts.sum(axis=1)
    left_n = n.copy()
    for t in range(k - 1):
        c = counts[:, t]
        left_pop = left_pop - c
        out[:, t] = rng.hypergeometric(c, left_pop, left_n)
        left_n = left_n - out[:, t]
    out[:, k - 1] = left_n
    return out


def engage_salvo(rng, alive: np.ndarray, pk: np.ndarray, s: int, budget: np.ndarray) -> np.ndarray:
    """Salvo s: e = min(sum E, floor(B/s)) engaged, each killed w.p. 1-(1-pk)^s.
    Updates `alive` (trials, eligible types) in place; returns shots fired."""
    engaged_n = np.minimum(alive.sum(axis=1), budget // s)
    engaged = split_uniform(rng, alive, engaged_n)
    alive -= rng.binomial(engaged, (1.0 - (1.0 - pk) ** s)[:, None])
    return engaged_n * s


def engage_sls(rng, alive: np.ndarray, pk: np.ndarray, m: int, budget: np.ndarray) -> np.ndarray:
    """Shoot-look-shoot, m rounds: each round one shot at min(|A|, B_left)
    uniformly chosen alive targets, kill w.p. pk. Updates `alive` in place;
    returns shots fired."""
    left = budget.copy()
    shots = np.zeros_like(budget)
    pk_col = pk[:, None]
    for _ in range(m):
        fired = np.minimum(alive.sum(axis=1), left)
        if not fired.any():
            break  # nothing can happen in later rounds either
        alive -= rng.binomial(split_uniform(rng, alive, fired), pk_col)
        left -= fired
        shots += fired
    return shots


def simulate_size(inputs: dict, n: int, rng: np.random.Generator) -> dict:
    """One swarm size, all trials: per-trial results (model.md §5, §6)."""
    trials = inputs["unitCost"].shape[0]
    counts = rng.multinomial(n, inputs["shares"], size=trials)  # (trials, types) int64
    alive = counts.copy()
    defender = np.zeros(trials)
    acq = np.zeros(trials)
    layer_shots = []
    for layer in inputs["layers"]:
        idx = layer["eligibleIdx"]
        sub = alive[:, idx]  # fancy indexing copies; written back below
        engage = engage_salvo if layer["doctrine"] == "salvo" else engage_sls
        shots = engage(rng, sub, layer["pk"], layer["shots"], layer["budget"])
        alive[:, idx] = sub
        defender += shots * layer["costPerShot"] + (layer["fixedCost"] if n > 0 else 0.0)
        acq += layer["acqShare"]
        layer_shots.append(shots)
    leakers = alive.sum(axis=1)
    return {
        "counts": counts,
        "alive": alive,
        "layerShots": layer_shots,
        "attackerCost": (counts * inputs["unitCost"]).sum(axis=1),
        "defenderCost": defender,
        "defenderCostFull": defender + acq,
        "kills": n - leakers,
        "leakers": leakers,
        "damage": (alive * inputs["damage"]).sum(axis=1),
    }


BAND_KEYS = ("cer", "netCer", "defenderCost", "attackerCost", "leakers", "damage")


def summarize(n: int, r: dict) -> dict:
    """Means; ratios as ratio of means; p5/p50/p95 bands of per-trial values (model.md §6)."""
    att = r["attackerCost"]
    per_trial = {
        "cer": r["defenderCost"] / att,
        "netCer": (r["defenderCost"] + r["damage"]) / att,
        "defenderCost": r["defenderCost"],
        "attackerCost": att,
        "leakers": r["leakers"],
        "damage": r["damage"],
    }
    q = np.percentile(np.stack([per_trial[k] for k in BAND_KEYS]), [5, 50, 95], axis=1)
    m = {k: float(r[k].mean()) for k in ("attackerCost", "defenderCost", "defenderCostFull", "kills", "leakers", "damage")}
    return {
        "swarmSize": n,
        **m,
        "cer": m["defenderCost"] / m["attackerCost"],
        "cerFull": m["defenderCostFull"] / m["attackerCost"],
        "netCer": (m["defenderCost"] + m["damage"]) / m["attackerCost"],
        "bands": {k: [float(q[0, i]), float(q[1, i]), float(q[2, i])] for i, k in enumerate(BAND_KEYS)},
    }


def input_rng(seed: int) -> np.random.Generator:
    return np.random.Generator(np.random.PCG64(np.random.SeedSequence(seed, spawn_key=(0,))))


def size_rng(seed: int, n: int) -> np.random.Generator:
    """Each swarm size its own stream from (seed, size): adding or removing a
    size leaves every other row unchanged (model.md §7). One batch here."""
    return np.random.Generator(np.random.PCG64(np.random.SeedSequence(seed, spawn_key=(1, n))))


def run(drones: list, layers: list, sizes: list[int], trials: int, seed: int) -> list[dict]:
    inputs = draw_inputs(drones, layers, trials, input_rng(seed))
    return [summarize(n, simulate_size(inputs, n, size_rng(seed, n))) for n in sizes]


# ---------------------------------------------------------------------------
# Deterministic sanity check (model.md §4: fluid == MC mean when linear)
# ---------------------------------------------------------------------------


def fluid(drones: list, layers: list, n: float) -> dict:
    """The fluid engine (src/engine/fluid-layer.ts) at base values, in Python."""
    alive = [n * d["share"] for d in drones]
    defender = 0.0
    for layer in layers:
        a = base_value(layer["availability"])
        pk = base_value(layer["pk"])
        kind, s = layer["doctrine"]
        budget = math.inf if layer["magazine"] is None else layer["magazine"]
        if layer["capacity"] is not None:
            c = layer["capacity"]
            x = c["channels"] * base_value(c["window"]) / base_value(c["timePerShot"])
            budget = min(budget, math.floor(x + 1e-9 * max(1.0, abs(x))))
        elig = [0.0 if layer["discriminates"] and d["decoy"] else alive[t] for t, d in enumerate(drones)]
        kills, shots = [0.0] * len(drones), 0.0
        if kind == "salvo":
            tot = sum(elig)
            if tot > 0:
                e = min(tot, budget // s)  # inf // s is inf
                kills = [e * x / tot * (1 - (1 - pk) ** s) for x in elig]
                shots = e * s
        else:
            al, left = list(elig), budget
            for _ in range(s):
                tot = sum(al)
                if tot <= 0 or left <= 0:
                    break
                fired = min(tot, left)
                al = [x - fired * x / tot * pk for x in al]
                left -= fired
                shots += fired
            kills = [e - x for e, x in zip(elig, al)]
        alive = [x - a * k for x, k in zip(alive, kills)]
        defender += a * shots * base_value(layer["costPerShot"]) + a * base_value(layer["fixedCost"])
    return {"leakers": sum(alive), "leakersByType": alive, "defenderCost": defender}


def at_base(drones: list, layers: list, pk_scale: float = 1.0, availability: bool = True, budgets: bool = False):
    """The scenario with every input at its base value; budgets removed unless
    `budgets`; availability kept (its base value) or set to 1; pks scaled."""
    fd = [{**d, "unitCost": base_value(d["unitCost"]), "damage": base_value(d["damage"])} for d in drones]
    fl = [
        {
            **L,
            "costPerShot": base_value(L["costPerShot"]),
            "pk": base_value(L["pk"]) * pk_scale,
            "availability": base_value(L["availability"]) if availability else 1.0,
            "magazine": L["magazine"] if budgets else None,
            "capacity": (
                {**L["capacity"], "timePerShot": base_value(L["capacity"]["timePerShot"])}
                if budgets and L["capacity"] is not None
                else None
            ),
            "fixedCost": base_value(L["fixedCost"]),
        }
        for L in layers
    ]
    return fd, fl


def compare_fluid(label: str, drones: list, layers: list, sizes: tuple, trials: int, seed: int) -> bool:
    """MC means of leakers (total and shahed) and defender cost within 4 SE of the fluid result."""
    ok = True
    inputs = draw_inputs(drones, layers, trials, input_rng(seed))
    for n in sizes:
        r = simulate_size(inputs, n, size_rng(seed, n))
        f = fluid(drones, layers, n)
        mc = {"leakers": r["leakers"], "shahed leakers": r["alive"][:, 0], "defenderCost": r["defenderCost"]}
        fl = {"leakers": f["leakers"], "shahed leakers": f["leakersByType"][0], "defenderCost": f["defenderCost"]}
        for key, x in mc.items():
            se = x.std(ddof=1) / math.sqrt(trials)
            diff = x.mean() - fl[key]
            good = abs(diff) <= 4 * se + 1e-9 * max(1.0, abs(fl[key]))
            z = diff / se if se > 0 else 0.0
            print(
                f"{label}, N={n}, {key}: MC {x.mean():.6g} +- {se:.2g} (1 SE), "
                f"fluid {fl[key]:.6g}, z {z:+.2f} {'ok' if good else 'FAILED'}"
            )
            ok &= bool(good)
    return ok


def check(trials: int, seed: int) -> bool:
    """(1) Invariants on the standard scenario. (2) Where the model is linear
    (model.md §4) the MC means lie within 4 standard errors of the fluid
    result: every input at its base value and no budget (each layer alone
    with availability 1; the whole stack with its availabilities and pks x
    0.25 so that leakers are many); and the first layer alone with its budget
    binding in every trial (N = 1000: e = 8 whatever the composition)."""
    ok = True
    inputs = draw_inputs(DRONES, LAYERS, trials, input_rng(seed))
    for n in (1, 37, 1000):
        r = simulate_size(inputs, n, size_rng(seed, n))
        good = (
            np.all(r["kills"] + r["leakers"] == n)
            and np.all(r["counts"].sum(axis=1) == n)
            and np.all(r["alive"] >= 0)
            and all(np.all(s <= L["budget"]) for s, L in zip(r["layerShots"], inputs["layers"]))
            and all(np.all(s[~L["available"]] == 0) for s, L in zip(r["layerShots"], inputs["layers"]))
        )
        print(f"invariants, N={n}: {'ok' if good else 'FAILED'} (kills+leakers=N, shots<=B, unavailable fires 0)")
        ok &= bool(good)

    for i, L in enumerate(LAYERS):
        d, ls = at_base(DRONES, [L], availability=False)
        ok &= compare_fluid(f"{L['id']} alone, a=1, no budget", d, ls, (10, 1000), trials, seed + 1 + i)
    d, ls = at_base(DRONES, LAYERS, pk_scale=0.25)
    ok &= compare_fluid("4 layers, pk x 0.25, a as given, no budget", d, ls, (10, 100, 1000), trials, seed + 10)
    d, ls = at_base(DRONES, LAYERS[:1], availability=False, budgets=True)
    ok &= compare_fluid("sam alone, a=1, magazine 16 binding", d, ls, (1000,), trials, seed + 11)
    return ok


# ---------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------


def peak_rss_mb() -> float:
    # ru_maxrss is in KiB on Linux (bytes on macOS).
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def parse_ints(text: str) -> list[int]:
    return [int(float(x)) for x in text.split(",") if x.strip()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--trials", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--sizes", type=parse_ints, help="comma-separated swarm sizes (default: the scenario's 100 log-spaced sizes)")
    ap.add_argument("--json", action="store_true", help="print only a JSON document on stdout")
    ap.add_argument("--per-trial-n", type=parse_ints, help="time one swarm size at each N; print us per trial")
    ap.add_argument("--repeat", type=int, default=3, help="--per-trial-n: best of this many runs")
    ap.add_argument("--check", action="store_true", help="run the sanity checks and exit")
    args = ap.parse_args(argv)

    if args.check:
        return 0 if check(args.trials, args.seed) else 1

    if args.per_trial_n:
        inputs = draw_inputs(DRONES, LAYERS, args.trials, input_rng(args.seed))
        for n in args.per_trial_n:
            best = math.inf
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                summarize(n, simulate_size(inputs, n, size_rng(args.seed, n)))
                best = min(best, time.perf_counter() - t0)
            print(f"N={n:>9}: {best / args.trials * 1e6:8.2f} us/trial  ({args.trials} trials, best of {args.repeat})")
        print(f"peak RSS {peak_rss_mb():.1f} MB")
        return 0

    sizes = args.sizes or swarm_sizes(SWARM_SIZES)
    t0 = time.perf_counter()
    rows = run(DRONES, LAYERS, sizes, args.trials, args.seed)
    wall = time.perf_counter() - t0
    if args.json:
        json.dump({"wall_s": wall, "trials": args.trials, "sizes": sizes, "rows": rows}, sys.stdout)
        sys.stdout.write("\n")
    else:
        print(f"numpy {np.__version__}, {args.trials} trials x {len(sizes)} sizes, seed {args.seed}")
        print(f"wall {wall:.3f} s, {args.trials * len(sizes) / wall:,.0f} trials x sizes per second, peak RSS {peak_rss_mb():.1f} MB")
        print(f"{'N':>6} {'attackerCost':>13} {'defenderCost':>13} {'kills':>9} {'leakers':>9} {'damage':>13} {'cer':>8}")
        for r in rows:
            print(
                f"{r['swarmSize']:>6} {r['attackerCost']:>13.4g} {r['defenderCost']:>13.4g} {r['kills']:>9.3f} "
                f"{r['leakers']:>9.3f} {r['damage']:>13.4g} {r['cer']:>8.3f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
