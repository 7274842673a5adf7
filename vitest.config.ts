import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'rules/test/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'server/test/**/*.test.ts',
      'extension/test/**/*.test.ts',
      'tests/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', '**/dist/**', 'tests/e2e/**'],
    testTimeout: 30_000,
  },
});
