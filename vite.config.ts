import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    // Once loaded, the app works offline (classrooms and trains): a service worker precaches
    // every built file, the lazily loaded ones (layout, terminal, exports) included.
    VitePWA({
      registerType: 'autoUpdate',
      // Registered by the app once it has settled (ui/offline.ts), not at load.
      injectRegister: false,
      includeAssets: ['favicon.svg', 'scripts/*.sh'],
      manifest: {
        name: 'Docknet: Docker networking sandbox',
        short_name: 'Docknet',
        description: 'A browser sandbox and diagram editor for Docker container networking',
        theme_color: '#0f172a',
        background_color: '#0f172a',
        display: 'standalone',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // The first visit's page is controlled at once, so it works offline without a reload.
        clientsClaim: true,
        skipWaiting: true,
        globPatterns: ['**/*.{js,css,html,svg,png,sh,wasm}'],
        // elkjs's layout worker is larger than workbox's 2 MiB default.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      },
    }),
  ],
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
