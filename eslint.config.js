// Type-aware linting (typescript-eslint) over src, tests and bench.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "charts/", "coverage/", "eslint.config.js"] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-unnecessary-condition": [
        "error",
        { allowConstantLoopConditions: true },
      ],
      "no-restricted-properties": [
        "error",
        { object: "Math", property: "random", message: "Pass a seeded generator in." },
        { object: "Date", property: "now", message: "The core never reads the clock." },
      ],
    },
  },
  {
    files: ["src/**/*.ts"],
    rules: {
      // Spreading an array into a call passes each element as an argument: past
      // ~100k elements V8 throws "Maximum call stack size exceeded" (issue 15:
      // a 200 × 1,000 heatmap). Reduce or loop over data of unbounded length.
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "CallExpression[callee.object.name='Math'][callee.property.name=/^(max|min)$/] > SpreadElement",
          message: "Math.max/min(...array) overflows the stack on long arrays: use reduce.",
        },
        {
          selector:
            "CallExpression[callee.property.name=/^(push|unshift|splice)$/] > SpreadElement",
          message:
            "push/unshift/splice(...array) overflows the stack on long arrays: loop instead.",
        },
      ],
    },
  },
  {
    files: ["tests/**/*.ts"],
    // Tests read JSON output, which is `any` by nature.
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
  {
    // The examples are plain JavaScript for users to copy: linted, not type-checked.
    files: ["examples/**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      parserOptions: { projectService: false, program: null },
      globals: { console: "readonly", process: "readonly" },
    },
  },
);
