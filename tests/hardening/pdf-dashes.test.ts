// pdfkit throws on a dash pattern with a zero length, which SVG allows
// (`stroke-dasharray="1,0"` is a solid line): `chart --out cer.pdf` ended in
// internal error 70 once the cer chart drew such a line (issue 15).
import { describe, expect, it } from "vitest";
import { pdfDashes } from "../../src/render/render-pdf.js";

describe("dash patterns for pdfkit", () => {
  it("drops a pattern whose gaps are all zero: it is a solid line", () => {
    expect(pdfDashes('<path stroke-dasharray="1,0" d="M0,0"/>')).toBe('<path d="M0,0"/>');
    expect(pdfDashes('<path stroke-dasharray="0"/>')).toBe("<path/>");
  });

  it("keeps valid patterns and lifts other zero lengths to 0.001 px", () => {
    expect(pdfDashes('<path stroke-dasharray="2,3"/>')).toBe('<path stroke-dasharray="2,3"/>');
    expect(pdfDashes('<path stroke-dasharray="0,4"/>')).toBe('<path stroke-dasharray="0.001,4"/>');
  });
});
