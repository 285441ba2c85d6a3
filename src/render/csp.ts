/**
 * Content-Security-Policy pieces shared by every HTML page cxr writes (the
 * chart page, the briefing pack, the explorer): scripts run only by their
 * hash, never `'unsafe-inline'` or `'unsafe-eval'` (issue 15).
 */
import { createHash } from "node:crypto";

/**
 * The CSP source that allows exactly one inline script: `'sha256-…'` of the
 * text between its `<script>` tags, as the browser hashes it (UTF-8).
 *
 * @example
 * scriptHash("alert(1)"); // "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
 */
export function scriptHash(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/**
 * The policy of a page cxr writes: nothing from the network, only the given
 * inline scripts (by hash), inline styles (Vega sets style attributes), and
 * images and fonts from `data:`/`blob:` (the chart export action). With
 * `blobWorkers`, Web Workers started from a Blob URL (the explorer's Monte
 * Carlo) too.
 *
 * @param scripts the exact text of every inline script the page runs.
 * @example
 * pagePolicy([bootJs]); // "default-src 'none'; script-src 'sha256-…'; style-src 'unsafe-inline'; …"
 */
export function pagePolicy(
  scripts: readonly string[],
  options: { readonly blobWorkers?: boolean } = {},
): string {
  return [
    "default-src 'none'",
    `script-src ${scripts.map(scriptHash).join(" ")}`,
    ...(options.blobWorkers === true ? ["worker-src blob:"] : []),
    "style-src 'unsafe-inline'",
    "img-src data: blob:",
    "font-src data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}
