import { defineConfig } from 'vitest/config';

// The fuzz campaign (`npm run fuzz`): property tests with a fixed seed and 420,000 generated inputs
// in all (test/fuzz/fuzz.ts), kept out of `npm test` so that it stays fast.
export default defineConfig({
  test: {
    include: ['test/fuzz/**/*.fuzz.ts'],
    testTimeout: 600_000,
  },
});
