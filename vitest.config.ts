import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'rules/**/*.test.ts', 'src/**/*.test.ts'],
    // Every file's temporary folders go when it ends (test/setup/temp-folder.ts).
    setupFiles: ['test/setup/temp-folder.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
