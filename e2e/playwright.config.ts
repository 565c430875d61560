import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig, devices } from '@playwright/test'

// Playwright cannot download its own browsers on these machines, so use Debian's Chromium:
// CHROMIUM_PATH if set, else /usr/bin/chromium if present, else Playwright's own browser
// (a laptop after `npx playwright install chromium`).
const DEBIAN_CHROMIUM = '/usr/bin/chromium'
const executablePath =
  process.env.CHROMIUM_PATH || (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined)

// E2E_PORT: another port when a second checkout's preview server holds 4173 (it would be reused).
const PORT = Number(process.env.E2E_PORT ?? 4173)
const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url))
const CI = !!process.env.CI

export default defineConfig({
  testDir: '.',
  forbidOnly: CI,
  retries: CI ? 2 : 0,
  // One worker per core of a 2-core CI machine: about 7 minutes instead of 9.5 on one, which
  // keeps CI's whole run well inside its 15. The gestures wait for a still view and a target
  // the pointer hits (helpers.ts), so they hold under the load; in CI a retry catches the rest.
  workers: 2,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'on-first-retry',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            // Without these Chromium keeps trying to reach the internet.
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  // Serves the production build in dist/: `npm run test:e2e` runs `vite build` first.
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    cwd: REPO_ROOT,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !CI,
  },
})
