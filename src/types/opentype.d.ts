// The part of opentype.js (v2, no bundled types) that cxr uses: glyph advances and kerning.
declare module "opentype.js" {
  export interface Glyph {
    readonly advanceWidth?: number;
  }
  export interface Font {
    readonly unitsPerEm: number;
    charToGlyph(char: string): Glyph;
    getKerningValue(left: Glyph, right: Glyph): number;
  }
  const opentype: { parse(buffer: ArrayBuffer): Font };
  export default opentype;
}
