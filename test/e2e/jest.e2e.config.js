/* global module */
/**
 * Browser tests of the built panes (dist/): `npm run build && npx jest -c test/e2e/jest.e2e.config.js`.
 * Kept apart from the main jest run, which ignores test/e2e/.
 */
/** @type {import('jest').Config} */
module.exports = {
  rootDir: "../..",
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testTimeout: 120000,
  maxWorkers: 1,
};
