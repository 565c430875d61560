import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

/**
 * The bench:ui baseline page, built on its own into dist/bench so the app's build (and its
 * first-paint chunks) stays exactly what users get.
 */
export default defineConfig({
  root: 'bench',
  base: '/bench/',
  plugins: [react()],
  build: {
    outDir: '../dist/bench',
    emptyOutDir: true,
    rolldownOptions: { input: 'bench/baseline.html' },
  },
})
