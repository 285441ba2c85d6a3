/**
 * The URL normalised by the WHATWG parser when it is an absolute `http:` or
 * `https:` URL, else `null`: `javascript:`, `data:`, relative and malformed
 * URLs are never turned into links.
 *
 * @example
 * httpUrl("https://example.org/a b"); // "https://example.org/a%20b"
 * httpUrl("javascript:alert(1)"); // null
 */
export function httpUrl(url: string | null): string | null {
  if (url === null || !URL.canParse(url)) return null;
  const parsed = new URL(url);
  return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
}
