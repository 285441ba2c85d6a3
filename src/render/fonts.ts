/**
 * The Inter font files every headless renderer uses, resolved from the
 * `@expo-google-fonts/inter` package so output never depends on the fonts a
 * machine happens to have installed.
 *
 * Resolving these paths is the one file-system fact the render module knows:
 * resvg and pdfkit read the files themselves.
 */

/** The family name the chart specs set in their Vega-Lite `config.font`. */
export const FONT_FAMILY = "Inter";

/** Absolute paths of the Inter TTFs, one per weight the charts use. */
export interface FontFiles {
  readonly regular: string;
  readonly medium: string;
  readonly semiBold: string;
  readonly bold: string;
}

let cached: FontFiles | undefined;

/**
 * The absolute paths of Inter Regular (400), Medium (500), SemiBold (600) and
 * Bold (700), resolved once through Node's module resolution.
 *
 * @example
 * interFontFiles().regular; // ".../@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf"
 */
export function interFontFiles(): FontFiles {
  if (cached === undefined) {
    // Through process.getBuiltinModule, not an import: the chart builders
    // measure labels with these fonts, and a browser bundle of the library
    // must load them without any Node built-in (tests/api/browser-bundle).
    const require = process.getBuiltinModule("node:module").createRequire(import.meta.url);
    const resolve = (file: string): string => require.resolve(`@expo-google-fonts/inter/${file}`);
    cached = {
      regular: resolve("400Regular/Inter_400Regular.ttf"),
      medium: resolve("500Medium/Inter_500Medium.ttf"),
      semiBold: resolve("600SemiBold/Inter_600SemiBold.ttf"),
      bold: resolve("700Bold/Inter_700Bold.ttf"),
    };
  }
  return cached;
}
