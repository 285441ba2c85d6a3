/**
 * Turns chart ids into distinct, path-safe file stems: runs of anything
 * outside `A–Z a–z 0–9 _ -` become `-`, leading and trailing `-` go, an empty
 * result becomes `chart`, and a repeat gets `-2`, `-3`, … So a stem can never
 * hold `/`, `\`, `..` or a drive letter, whatever the id.
 *
 * @example
 * fileStems(["cer", "../etc/passwd", "cer"]); // ["cer", "etc-passwd", "cer-2"]
 */
export function fileStems(ids: readonly string[]): string[] {
  const used = new Set<string>();
  return ids.map((id) => {
    const base = id.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "") || "chart";
    let stem = base;
    for (let n = 2; used.has(stem); n++) stem = `${base}-${n}`;
    used.add(stem);
    return stem;
  });
}
