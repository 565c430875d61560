import { expect, test } from '@playwright/test'

test('once loaded, the app works offline: reload, an example, the terminal and the layout', async ({
  page,
  context,
}) => {
  await page.goto('/')
  await expect(page.getByTestId('terminal-input')).not.toHaveAttribute('readonly')
  // The service worker has precached every built file, lazy chunks included.
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      timeout: 20_000,
    })
    .toBe(true)

  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Docknet' })).toBeVisible()
  await page.getByLabel('Examples').selectOption('ambassador')
  await expect(page.getByRole('group', { name: 'container ambassador1' })).toBeVisible()
  const input = page.getByTestId('terminal-input')
  await input.fill('docker --context vm2 inspect -f "{{.Name}}" mysql')
  await input.press('Enter')
  await expect(page.getByTestId('terminal-output')).toContainText('/mysql')
  // The tidy layout loads elkjs, the largest lazy chunk.
  const card = page
    .locator('.react-flow__node')
    .filter({ has: page.getByRole('group', { name: 'container ambassador1' }) })
  const place = () => card.evaluate((n) => n.style.transform)
  const before = await place()
  await page.getByRole('button', { name: 'Tidy layout' }).click()
  await expect.poll(place).not.toBe(before)
  await page.screenshot({ path: 'e2e/screenshots/offline.png' })
})

test('the app can be installed: a manifest with its icons', async ({ page, request }) => {
  await page.goto('/')
  const href = await page.locator('link[rel="manifest"]').getAttribute('href')
  expect(href).toBeTruthy()
  const manifest = (await (await request.get(href ?? '')).json()) as {
    name: string
    display: string
    icons: { src: string; sizes: string }[]
  }
  expect(manifest.display).toBe('standalone')
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']))
  for (const icon of manifest.icons) {
    const r = await request.get(new URL(icon.src, page.url()).href)
    expect(r.ok()).toBe(true)
    expect(r.headers()['content-type']).toBe('image/png')
  }
})
