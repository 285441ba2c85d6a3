/**
 * Escaping for the two contexts the HTML pages put untrusted scenario text
 * in: HTML text/attribute values, and JSON inside `<script>` blocks.
 */

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes `& < > " '` so a string shows as text in HTML element content and
 * in quoted attribute values.
 *
 * @example
 * escapeHtml('<img src=x onerror="alert(1)">'); // "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch] ?? ch);
}

/**
 * Serialises a value as JSON that is safe inside
 * `<script type="application/json">`: `<`, `>` and `&` become `\u003c`,
 * `\u003e`, `\u0026`, so no `</script>` or `<!--` can end or confuse the block,
 * and U+2028/U+2029 are escaped for any JavaScript consumer. `JSON.parse`
 * returns the original value.
 *
 * @example
 * jsonForScript({ title: "</script>" }); // '{"title":"\\u003c/script\\u003e"}'
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/**
 * Makes trusted JavaScript (the vega bundles) safe to inline in a `<script>`
 * element: `<script`, `</script` and `<!--` would end the element or switch
 * the HTML parser into its "escaped" state, so their `<` becomes `\x3C`, which
 * means the same character inside the string and regex literals where such
 * text can occur in a bundle.
 *
 * @example
 * inlineScript('s="</script>"'); // 's="\\x3C/script>"'
 */
export function inlineScript(js: string): string {
  return js.replace(/<(?=\/?script|!--)/gi, "\\x3C");
}
