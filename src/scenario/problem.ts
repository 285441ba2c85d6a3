/** One thing wrong with a scenario, as `cxr validate` prints it. */
export interface Problem {
  /** Stable code, e.g. "unknown-key", "share-sum", "probability-range". */
  readonly code: string;
  /** `defense.layers[1].pk`; "" for the whole file. */
  readonly path: string;
  /** What was expected and what was found. */
  readonly message: string;
  /** The file name given in the options, "--set" for an override value, "--sizes" for sizes. */
  readonly file: string | null;
  /** 1-based, where the YAML has a node for the path. */
  readonly line: number | null;
  readonly col: number | null;
}

/** A path into the raw document: mapping keys and list indices. */
export type RawPath = readonly (string | number)[];

/**
 * A problem before it is placed in a file: the loader collects these and
 * `locate.ts` turns each into a `Problem` with file, line and column.
 */
export interface Issue {
  readonly code: string;
  readonly path: RawPath;
  readonly message: string;
  /** Point at the key rather than the value (unknown keys, duplicate ids). */
  readonly atKey?: boolean;
  /** Already placed (YAML syntax errors, `--sizes`). */
  readonly place?: { file: string | null; line: number | null; col: number | null };
}

/**
 * `defense.layers[1].pk` from `["defense", "layers", 1, "pk"]`.
 *
 * @example displayPath(["threat", "drones", 0, "share"]) // "threat.drones[0].share"
 */
export function displayPath(path: RawPath): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else out += out === "" ? seg : `.${seg}`;
  }
  return out;
}

/**
 * One line per problem, compiler style:
 * `poland.yaml:12:7: defense.layers[1].pk: expected … [probability-range]`.
 * Parts that are unknown (no file, no line, empty path) are left out.
 *
 * @example formatProblem({ code: "empty-file", path: "", message: "the file is empty", file: "a.yaml", line: null, col: null })
 * // "a.yaml: the file is empty [empty-file]"
 */
export function formatProblem(p: Problem): string {
  let where = p.file ?? "";
  if (p.line !== null)
    where += `${where === "" ? "" : ":"}${p.line}${p.col === null ? "" : `:${p.col}`}`;
  const head = [where, p.path].filter((s) => s !== "").join(": ");
  return `${head === "" ? "" : `${head}: `}${p.message} [${p.code}]`;
}

/** Whether `prefix` is a path leading to (or equal to) `path`. */
export function isPrefix(prefix: RawPath, path: RawPath): boolean {
  return prefix.length <= path.length && prefix.every((seg, i) => seg === path[i]);
}
