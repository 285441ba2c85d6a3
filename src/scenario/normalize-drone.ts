import type { DroneType } from "../model/scenario.js";
import { buildInput, constantInput, type InputContext } from "./build-input.js";
import { type RefTracker, rangeInput } from "./catalog-ref.js";
import { describeValue, issue, percentHint } from "./messages.js";
import type { RawPath } from "./problem.js";
import { readPlain } from "./quantity.js";
import type { DroneFile } from "./schema.js";

/**
 * One validated drone entry → a `DroneType`. Defaults: `name` = id,
 * damage 0, decoy false; a lone drone type has share 1. `ref:` fills
 * `name` and `unitCost` (catalog cost as PERT). `rest`: the entry says
 * `share: rest` (its share, 0 here, is set by the caller). Null after issues.
 */
export function normalizeDrone(
  d: DroneFile,
  path: RawPath,
  count: number,
  refs: RefTracker,
  ctx: InputContext,
): { drone: DroneType; rest: boolean } | null {
  const before = ctx.issues.length;
  const idPath = (field: string) => `threat.drones.${d.id}.${field}`;
  const entry = d.ref === undefined ? null : refs.resolve(d.ref, [...path, "ref"], ctx, "drone");
  let unitCost = null;
  if (d.unitCost !== undefined) {
    unitCost = buildInput(
      "money",
      d.unitCost,
      [...path, "unitCost"],
      idPath("unitCost"),
      "scenario",
      ctx,
    );
  } else if (entry !== null) {
    const { currency, year } = entry.cost;
    unitCost = rangeInput(
      "money",
      entry.cost,
      { currency, year },
      [...path, "ref"],
      idPath("unitCost"),
      entry.id,
      ctx,
    );
  } else if (d.ref === undefined) {
    ctx.issues.push(
      issue("missing-field", [...path, "unitCost"], {
        key: "unitCost",
        why: "give it, or a ref: to a catalog entry",
      }),
    );
  }
  const damage =
    d.damage === undefined
      ? constantInput("money", idPath("damage"), 0)
      : buildInput("money", d.damage, [...path, "damage"], idPath("damage"), "scenario", ctx);
  let share: number | null = count === 1 ? 1 : null;
  const rest = d.share === "rest";
  if (d.share === "rest") share = 0;
  else if (d.share !== undefined) {
    share = readPlain(d.share);
    if (share === null || share < 0 || share > 1) {
      const found = describeValue(share ?? d.share);
      const percent = percentHint(share, d.share);
      ctx.issues.push(
        issue(
          "share-range",
          [...path, "share"],
          percent === undefined ? { found } : { found, percent },
        ),
      );
    }
  } else if (count > 1) {
    ctx.issues.push(
      issue("missing-field", [...path, "share"], {
        key: "share",
        why: "with several drone types each needs its share of the swarm",
      }),
    );
  }
  if (ctx.issues.length > before || unitCost === null || damage === null || share === null)
    return null;
  const drone = {
    id: d.id,
    name: d.name ?? entry?.name ?? d.id,
    share,
    unitCost,
    damage,
    decoy: d.decoy ?? false,
    ref: entry?.id ?? null,
  };
  return { drone, rest };
}
