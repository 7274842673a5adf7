import { defineConfig } from 'vitest/config';

// The end-to-end tests of the language server in Neovim and Emacs (`pnpm test:editors`): run
// on their own, after tests/e2e/setup-editors.sh has installed the editors. The root
// configuration excludes tests/e2e.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/e2e/editors.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // One editor at a time: each starts the server, and the machine has two cores.
    fileParallelism: false,
  },
});
