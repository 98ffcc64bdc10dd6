/** Jest runs the TypeScript sources directly through SWC. unified/remark ship ESM only,
 *  so node_modules is transformed too (transformIgnorePatterns: []). */
module.exports = {
  testEnvironment: 'node',
  // @report-lint/core resolves to its sources in the monorepo (the published package has only dist/).
  testEnvironmentOptions: { customExportConditions: ['report-lint-source', 'node', 'node-addons'] },
  roots: ['<rootDir>/packages', '<rootDir>/server', '<rootDir>/extension'],
  testMatch: ['**/test/**/*.test.ts'],
  transform: { '^.+\\.(t|j|mj)sx?$': ['@swc/jest'] },
  transformIgnorePatterns: [],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  testTimeout: 30000,
  globalSetup: '<rootDir>/scripts/jest-global-setup.js',
};
