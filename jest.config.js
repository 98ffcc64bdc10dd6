/** Jest runs the TypeScript sources directly through SWC. unified/remark ship ESM only,
 *  so node_modules is transformed too (transformIgnorePatterns: []). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/packages', '<rootDir>/server', '<rootDir>/extension'],
  testMatch: ['**/test/**/*.test.ts'],
  transform: { '^.+\\.(t|j|mj)sx?$': ['@swc/jest'] },
  transformIgnorePatterns: [],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  testTimeout: 30000,
  globalSetup: '<rootDir>/scripts/jest-global-setup.js',
};
