import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [react(), tailwindcss()],
  // bench:ui reads the first-paint set (the entry and its static imports) from the manifest.
  build: { manifest: true },
  // A fixed port: the Playwright webServer (e2e/playwright.config.ts) waits on it.
  preview: { port: 4173, strictPort: true },
  test: {
    // Narrower than Vitest's default, which would also pick up the Playwright specs in e2e/.
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
})
