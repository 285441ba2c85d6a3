import { runInNewContext } from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeHtml, inlineScript, jsonForScript } from "../../src/render/index.js";

describe("escapeHtml", () => {
  it("escapes the five HTML specials", () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe(
      "&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;",
    );
  });

  it("leaves no special character behind, for any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(escapeHtml(s)).not.toMatch(/[<>"']/);
        // Undoing the entities gives the input back: nothing lost.
        const back = escapeHtml(s)
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, "&");
        expect(back).toBe(s);
      }),
    );
  });
});

describe("jsonForScript", () => {
  it("escapes < as \\u003c", () => {
    expect(jsonForScript({ t: "</script><!--" })).toBe('{"t":"\\u003c/script\\u003e\\u003c!--"}');
  });

  it("round-trips through JSON.parse and never contains < > &", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = jsonForScript(value);
        expect(text).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

describe("inlineScript", () => {
  it("neutralises script end tags and comment openers, keeping the meaning", () => {
    const js = 'var a = "</SCRIPT>", b = "<script>", c = "<!--";';
    const safe = inlineScript(js);
    expect(safe).not.toMatch(/<\/?script|<!--/i);
    // \x3C is "<" inside a string literal, so the program is unchanged.
    const run = (src: string): unknown => runInNewContext(`${src} [a, b, c];`);
    expect(run(safe)).toEqual(run(js));
  });
});
