import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'rules/**/*.test.ts', 'src/**/*.test.ts'],
    // Every file's temporary folders go when it ends (test/setup/temp-folder.ts).
    setupFiles: ['test/setup/temp-folder.ts'],
    // Two files at a time: on CI's 2 cores vitest's default (cores - 1) ran the suite one file at a
    // time, 855 s of the 20-minute budget. Most files wait on child processes and language servers, so
    // a second lane fills the idle core; the timeout doubles so a test sharing the machine is not cut short.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
