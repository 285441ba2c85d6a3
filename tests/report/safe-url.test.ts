import { describe, expect, it } from "vitest";
import { httpUrl } from "../../src/report/index.js";

describe("httpUrl", () => {
  it("accepts absolute http and https URLs, normalised", () => {
    expect(httpUrl("https://example.org/a b")).toBe("https://example.org/a%20b");
    expect(httpUrl("HTTP://Example.org")).toBe("http://example.org/");
  });

  it("rejects every other scheme, relative and malformed URLs, and null", () => {
    for (const url of [
      "javascript:alert(1)",
      " javascript:alert(1)",
      "data:text/html,x",
      "file:///etc/passwd",
      "/rel",
      "//host/x",
      "http//x",
      "",
    ]) {
      expect(httpUrl(url)).toBeNull();
    }
    expect(httpUrl(null)).toBeNull();
  });
});
