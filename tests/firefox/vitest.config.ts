import { defineConfig } from 'vitest/config';

// `npm run test:firefox`: Сверка's Firefox build in a real Firefox (tests/firefox/README.md). One Firefox at a time.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
