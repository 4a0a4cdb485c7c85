import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/setup/buildSites.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One browser and one built site shared by all files; run files one at a time on 2 cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
