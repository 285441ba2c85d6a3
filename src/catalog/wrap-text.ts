/**
 * Greedy word wrap: fills each line up to `width` characters; a word longer
 * than `width` (a URL, say) gets a line of its own rather than being broken.
 *
 * @example wrapText("a bb ccc", 4) // ["a bb", "ccc"]
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (current === "") current = word;
    else if (current.length + 1 + word.length <= width) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== "") lines.push(current);
  return lines;
}
