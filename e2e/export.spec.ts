import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'

test('export as SVG and PNG; the SVG opens again as the same diagram', async ({ page }) => {
  await page.goto('/?example=ambassador')
  await expect(page.getByLabel('container wordpress', { exact: true })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Legend' })).toContainText('ambassador forward')

  const svgDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export SVG' }).click()
  const svgFile = await (await svgDownload).path()
  const svg = readFileSync(svgFile, 'utf8')
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
  for (const name of ['wordpress', 'ambassador2', 'ambassador1', 'mysql', 'vm2'])
    expect(svg).toContain(`>${name}</text>`)
  expect(svg).toContain('>ambassador forward</text>')

  const pngDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export PNG' }).click()
  const png = readFileSync(await (await pngDownload).path())
  expect(png.subarray(1, 4).toString()).toBe('PNG')
  expect(png.length).toBeGreaterThan(10_000)

  // The exported picture, shown as an image, for a look at it.
  await page.setContent(`<body style="margin:0;background:#fff">${svg}</body>`)
  await page.screenshot({ path: 'e2e/screenshots/export-svg.png', fullPage: true })

  await page.goto('/')
  await page.getByRole('button', { name: 'New diagram' }).click()
  await expect(page.getByLabel('container wordpress', { exact: true })).toHaveCount(0)
  await page.getByTestId('open-file').setInputFiles(svgFile)
  await expect(page.getByLabel('container wordpress', { exact: true })).toBeVisible()
  await expect(page.getByLabel('container mysql', { exact: true })).toBeVisible()
})

test('an export made zoomed far out still draws whole cards', async ({ page }) => {
  await page.goto('/?example=ambassador')
  const wordpress = page.getByLabel('container wordpress', { exact: true })
  await expect(wordpress).toBeVisible()
  const zoomOut = page.getByRole('button', { name: 'Zoom Out' })
  // Far out, the canvas shows name-only cards: the image line is gone.
  for (let i = 0; i < 8; i++) await zoomOut.click()
  await expect(wordpress).not.toContainText('bridge 172.17.0.3')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export SVG' }).click()
  const svg = readFileSync(await (await download).path(), 'utf8')
  const card =
    /<g data-id="container:[^"]+"><rect x="[-\d.]+" y="[-\d.]+" width="([\d.]+)" height="([\d.]+)"/.exec(
      svg,
    )
  // A container card holds its name, image and one address: 44 + 2 lines of 14 px at least.
  expect(Number(card?.[2])).toBeGreaterThanOrEqual(72)
  expect(svg).toContain('>bridge 172.17.0.3</text>')
})
