import { expect, test } from '@playwright/test'

/** One topology per mechanism of the seed notes; the ids are the public `/?example=` URLs. */
const EXAMPLES = [
  'link',
  'link-env',
  'ambassador',
  'volumes',
  'joined',
  'host-network',
  'icc',
  'ports',
  'user-bridge-dns',
  'static-ip',
  'macvlan',
]

for (const id of EXAMPLES) {
  test(`/?example=${id} loads a whole picture with no error`, async ({ page }) => {
    const errors: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text())
    })
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(`/?example=${id}`)
    const containers = page.locator('.react-flow__node-container')
    await expect(containers.first()).toBeVisible()
    for (const host of await page.locator('.react-flow__node-host').all())
      await expect(host).toBeInViewport({ ratio: 0.99 })
    // What the example shows is said on the canvas.
    await expect(page.getByRole('region', { name: 'Example' })).toBeVisible()
    // Every command of the example ran: the transcript shows no Docker error.
    await expect(page.getByTestId('terminal-output')).not.toContainText('Error response')
    await page.screenshot({ path: `e2e/screenshots/example-${id}.png` })
    expect(errors).toEqual([])
  })
}
