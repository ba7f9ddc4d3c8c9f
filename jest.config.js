// One Jest run, three projects: pure unit tests, API black-box suites, and the H5 browser suite.
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }];
const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': tsJest },
  moduleNameMapper: { '^@zerowaste/shared$': '<rootDir>/libs/shared/src' },
  setupFiles: ['reflect-metadata'],
};

/** @type {import('jest').Config} */
module.exports = {
  // API suites start real servers; the browser suite builds pages in Chromium.
  testTimeout: 120000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/libs/shared/src/**/*.spec.ts', '<rootDir>/apps/api/src/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'api',
      testMatch: ['<rootDir>/test/api/**/*.e2e-spec.ts'],
    },
    {
      ...common,
      displayName: 'h5',
      testMatch: ['<rootDir>/test/h5/**/*.e2e-spec.ts'],
    },
  ],
};
