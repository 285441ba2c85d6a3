import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    reporters: ["default", "./tests/support/count-reporter.ts"],
    testTimeout: 30_000,
    pool: "forks",
    globalSetup: ["./tests/support/build-once.ts"],
  },
});
