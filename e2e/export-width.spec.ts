import { execFileSync } from 'node:child_process'
import { copyFileSync, readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'

/** Opens an example and the picture dialog on it. */
async function openDialog(page: Page, example: string) {
  await page.goto(`/?example=${example}`)
  await expect(page.locator('.react-flow__node-container').first()).toBeVisible()
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByRole('menuitem', { name: 'Export picture' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export a picture' })
  await expect(dialog.getByRole('img', { name: 'Preview of the exported picture' })).toBeVisible()
  return dialog
}

async function downloadSvg(page: Page, dialog: ReturnType<Page['getByRole']>) {
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Download SVG' }).click()
  return readFileSync(await (await download).path(), 'utf8')
}

/**
 * The picture in a doc column 760 px wide, as a README shows an image (at its natural size,
 * shrunk if wider than the column): the size every text is drawn at on the screen, the
 * smallest first, and whether each lies inside the picture.
 */
async function inColumn(page: Page, svg: string) {
  await page.setContent(
    `<body style="margin:0;background:#fff"><article style="width:760px">
      <img alt="as an image" style="max-width:100%" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">
      <div id="inline">${svg}</div>
    </article></body>`,
  )
  return page.evaluate(() => {
    const img = document.querySelector('img')!
    const picture = document.querySelector<SVGSVGElement>('#inline svg')!
    // The same picture inline, at the size the image is shown at, so its text can be measured.
    picture.style.width = `${img.getBoundingClientRect().width}px`
    picture.style.height = 'auto'
    const frame = picture.getBoundingClientRect()
    const texts = [...picture.querySelectorAll('text')].map((t) => {
      const box = t.getBoundingClientRect()
      return {
        text: t.textContent ?? '',
        // The font size times the scale the picture is drawn at on the screen.
        px: parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 0),
        inside:
          box.left >= frame.left - 0.5 &&
          box.right <= frame.right + 0.5 &&
          box.top >= frame.top - 0.5 &&
          box.bottom <= frame.bottom + 0.5,
      }
    })
    texts.sort((a, b) => a.px - b.px)
    return { shownWidth: img.getBoundingClientRect().width, texts }
  })
}

for (const example of ['ambassador', 'macvlan', 'user-bridge-dns']) {
  test(`${example}: exported for a doc column, its smallest text is 12 px or more at 760 px`, async ({
    page,
  }) => {
    const dialog = await openDialog(page, example)
    const fit = dialog.getByLabel('Fit a 760 px doc column')
    await expect(fit).toBeChecked()
    const said = Number(
      /: ([\d.]+) px/.exec((await dialog.getByTestId('text-size').textContent())!)?.[1],
    )
    if (example === 'ambassador')
      await page.screenshot({ path: 'e2e/screenshots/export-width.png' })
    const svg = await downloadSvg(page, dialog)

    const shown = await inColumn(page, svg)
    expect(shown.shownWidth).toBeLessThanOrEqual(760)
    const smallest = shown.texts[0]!
    expect(smallest.px, `smallest text: "${smallest.text}"`).toBeGreaterThanOrEqual(12)
    // The dialog said what the reader sees (rounded down to a tenth).
    expect(said).toBeCloseTo(Math.floor(smallest.px * 10) / 10, 1)
    expect(shown.texts.filter((t) => !t.inside).map((t) => t.text)).toEqual([])
    if (example === 'ambassador') {
      await page.screenshot({ path: 'e2e/screenshots/export-width-svg.png', fullPage: true })
      for (const name of ['wordpress', 'ambassador1', 'ambassador2', 'mysql', 'default', 'vm2'])
        expect(shown.texts.map((t) => t.text)).toContain(name)
    }

    // The canvas's layout, side by side, for comparison.
    const canvas = await openDialog(page, example)
    await canvas.getByLabel('Fit a 760 px doc column').uncheck()
    const before = await inColumn(page, await downloadSvg(page, canvas))
    console.log(
      `smallest text at 760 px, ${example}: ${before.texts[0]!.px.toFixed(2)} px as on the canvas, ${smallest.px.toFixed(2)} px fitted`,
    )
    expect(before.texts[0]!.px).toBeLessThan(12)
  })
}

test('the PNG of a picture fitted to a doc column is twice 760 px wide or less', async ({
  page,
}) => {
  const dialog = await openDialog(page, 'ambassador')
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Download PNG' }).click()
  const file = await (await download).path()
  copyFileSync(file, 'e2e/screenshots/export-width-png.png')
  // The PNG header: its width, big-endian, at byte 16.
  const width = readFileSync(file).readUInt32BE(16)
  expect(width).toBeGreaterThan(1000)
  expect(width).toBeLessThanOrEqual(1520)
})

test('an SVG written by docknet convert opens in the app as its world', async ({ page }) => {
  const script = [
    'docker network create shop',
    'docker run -d --name web --network shop -p 8080:80 nginx',
    'docker run -d --name db --network shop postgres',
    'docker context create vm2',
    'docker --context vm2 run -d --name cache redis',
  ].join('\n')
  const svg = execFileSync(
    'node',
    ['src/bin/docknet.js', 'convert', '--from', 'sh', '-', '-', '--to', 'svg'],
    {
      input: script,
      encoding: 'utf8',
    },
  )
  await page.goto('/')
  await page.getByRole('button', { name: 'New diagram' }).click()
  await page.getByTestId('open-file').setInputFiles({
    name: 'shop.svg',
    mimeType: 'image/svg+xml',
    buffer: Buffer.from(svg),
  })
  for (const name of ['web', 'db', 'cache'])
    await expect(page.getByLabel(`container ${name}`, { exact: true })).toBeVisible()
})
