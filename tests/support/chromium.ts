// Finds Debian's Chromium for the real-browser tests (the report page, the
// explorer) and launches it offline. On a machine without it the browser
// tests skip with a visible message naming how to run them; under CI
// (`CI` set, as .ci/run does after installing chromium) a missing browser is
// a failure, so CI can never pass by skipping.
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

/** Where Chromium is looked for: `CXR_CHROMIUM` first, then Debian's paths. */
const CANDIDATES = [process.env.CXR_CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** Launch flags from the stack notes ("Browser tests"): offline, no sandbox, no GPU. */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
] as const;

/** How to get the browser tests to run, for the skip message. */
export const HOW_TO_RUN_BROWSER_TESTS =
  "install Debian's chromium (apt-get install -y chromium) or set CXR_CHROMIUM=/path/to/chromium; .ci/run installs it and runs them";

/** The Chromium executable, or null when none is installed. */
export function findChromium(
  candidates: readonly (string | undefined)[] = CANDIDATES,
): string | null {
  for (const path of candidates) {
    if (path !== undefined && path !== "" && existsSync(path)) return path;
  }
  return null;
}

/**
 * Whether the browser tests of `what` should skip: true (after printing why)
 * when there is no Chromium and this is not CI. Call at module level and pass
 * the answer to `it.skipIf`.
 */
export function skipWithoutChromium(
  what: string,
  env: NodeJS.ProcessEnv = process.env,
  candidates: readonly (string | undefined)[] = CANDIDATES,
  log: (line: string) => void = (line) => process.stderr.write(line),
): boolean {
  if (findChromium(candidates) !== null || (env.CI ?? "") !== "") return false;
  log(`\n[skipped] ${what}: no Chromium found; to run it, ${HOW_TO_RUN_BROWSER_TESTS}\n`);
  return true;
}

/**
 * A fresh, persistent-profile Chromium context under `dir` (which must exist).
 *
 * @throws when no Chromium is installed, with the message naming how to get one.
 */
export async function launchChromium(dir: string): Promise<BrowserContext> {
  const executablePath = findChromium();
  if (executablePath === null) throw new Error(`no Chromium: ${HOW_TO_RUN_BROWSER_TESTS}`);
  const profile = join(dir, "profile");
  await mkdir(profile, { recursive: true });
  // Playwright passes the fresh profile as --user-data-dir itself.
  return chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [...CHROMIUM_FLAGS],
  });
}
