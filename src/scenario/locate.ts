import type { Node } from "yaml";
import type { Issue, Problem, RawPath } from "./problem.js";
import { displayPath, isPrefix } from "./problem.js";
import { nodeAt, positionOf, type YamlSource } from "./yaml-source.js";

/**
 * Where the text of a subtree came from: the file itself (path []), a
 * variant's `set` value (same file, another node) or a `--set` value.
 */
export interface Overlay {
  readonly path: RawPath;
  readonly source: YamlSource;
  readonly node: Node | null;
}

/**
 * Places each issue: the latest overlay whose path contains the issue's
 * path gives the file and the node to start from; the deepest node that
 * exists along the rest of the path gives line and column (a missing key
 * points at its parent mapping).
 */
export function locate(issues: readonly Issue[], overlays: readonly Overlay[]): Problem[] {
  return issues.map((iss) => {
    const base = { code: iss.code, path: displayPath(iss.path), message: iss.message };
    if (iss.place !== undefined) return { ...base, ...iss.place };
    const overlay = overlays.findLast((o) => isPrefix(o.path, iss.path));
    if (overlay === undefined) return { ...base, file: null, line: null, col: null };
    const rest = iss.path.slice(overlay.path.length);
    const { node } = nodeAt(overlay.node, rest, iss.atKey === true);
    const pos = positionOf(overlay.source, node);
    return { ...base, file: overlay.source.file, line: pos?.line ?? null, col: pos?.col ?? null };
  });
}
