/**
 * Renders public/favicon.svg into the PNG icons the web app manifest names (installable apps
 * need 192 and 512 pixel icons; a maskable one keeps a margin for round launchers). Run after
 * changing the favicon: `node --import tsx scripts/make-icons.ts`.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { chromium } from '@playwright/test'

const DEBIAN_CHROMIUM = '/usr/bin/chromium'
const executablePath =
  process.env.CHROMIUM_PATH || (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined)

const svg = readFileSync('public/favicon.svg', 'utf8')
const ICONS = [
  { file: 'icon-192.png', size: 192, margin: 0 },
  { file: 'icon-512.png', size: 512, margin: 0 },
  // The safe zone of a maskable icon is the centre circle of 80% of its width.
  { file: 'icon-maskable-512.png', size: 512, margin: 0.12 },
]

mkdirSync('public/icons', { recursive: true })
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] })
for (const { file, size, margin } of ICONS) {
  const page = await browser.newPage({ viewport: { width: size, height: size } })
  const inner = Math.round(size * (1 - 2 * margin))
  await page.setContent(
    `<body style="margin:0;background:#0f172a;display:grid;place-items:center;height:${size}px">` +
      svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `) +
      '</body>',
  )
  await page.screenshot({ path: `public/icons/${file}` })
  await page.close()
}
await browser.close()
console.log(`wrote ${ICONS.map((i) => i.file).join(', ')} in public/icons`)
