/** Width and height of an SVG document, in CSS pixels. */
export interface SvgSize {
  readonly width: number;
  readonly height: number;
}

/**
 * Reads the `width` and `height` attributes of the root `<svg>` element, as
 * Vega writes them (unitless CSS pixels).
 *
 * @throws {Error} when the root element or either attribute is missing: a
 *   programmer error, since the input always comes from `renderSvg`.
 * @example
 * svgSize('<svg width="248" height="157">'); // { width: 248, height: 157 }
 */
export function svgSize(svg: string): SvgSize {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0];
  const width = root === undefined ? undefined : /\swidth="([\d.]+)"/.exec(root)?.[1];
  const height = root === undefined ? undefined : /\sheight="([\d.]+)"/.exec(root)?.[1];
  if (width === undefined || height === undefined) {
    throw new Error("svgSize: the root <svg> element has no numeric width and height");
  }
  return { width: Number(width), height: Number(height) };
}
