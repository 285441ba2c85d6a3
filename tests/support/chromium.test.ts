// The find-Chromium helper the browser tests share: skip with a message that
// names the fix on a machine without the browser, never skip under CI.
import { describe, expect, it } from "vitest";
import { findChromium, skipWithoutChromium } from "./chromium.js";

const NOWHERE = ["/nonexistent/chromium-a", "/nonexistent/chromium-b"];

describe("skipWithoutChromium", () => {
  it("skips with a message naming the apt-get command when no Chromium exists", () => {
    const lines: string[] = [];
    const skip = skipWithoutChromium("the page test", {}, NOWHERE, (l) => lines.push(l));
    expect(skip).toBe(true);
    expect(lines.join("")).toContain("the page test");
    expect(lines.join("")).toContain("apt-get install -y chromium");
  });

  it("does not skip under CI, so a missing browser fails there", () => {
    const lines: string[] = [];
    expect(skipWithoutChromium("x", { CI: "true" }, NOWHERE, (l) => lines.push(l))).toBe(false);
    expect(lines).toEqual([]);
  });

  it("does not skip when a candidate exists (this test file stands in for the browser)", () => {
    const here = new URL(import.meta.url).pathname;
    expect(findChromium([undefined, "", ...NOWHERE, here])).toBe(here);
    expect(skipWithoutChromium("x", {}, [here], () => undefined)).toBe(false);
  });
});
