import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A run that finds no test must fail, not pass silently.
    passWithNoTests: false,
    testTimeout: 20_000
  }
})
