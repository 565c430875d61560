import { expect, test } from '@playwright/test'
import { container, drawEdge, type } from './helpers'

// An edge is drawn the moment it is let go of, while Docker makes it (pending-edge.ts): the
// world's own edge then replaces it, or Docker's refusal takes it away with its reason.

test('a drawn link is shown at once, then becomes the link Docker made', async ({ page }) => {
  await page.goto('/')
  await type(page, 'docker run -d --name db redis', 'docker run -d --name web nginx')
  const edges = page.locator('.react-flow__edge')
  await expect(container(page, 'web')).toBeVisible()
  const before = await edges.count()
  // Watch the canvas from the release: the edge count must never dip back once it rose.
  await page.evaluate(() => {
    const w = window as unknown as { __counts: number[]; __sawPending: boolean }
    w.__counts = []
    w.__sawPending = false
    new MutationObserver(() => {
      w.__counts.push(document.querySelectorAll('.react-flow__edge').length)
      w.__sawPending ||= document.querySelector('.dn-pending') !== null
    }).observe(document.body, { subtree: true, childList: true })
  })
  await drawEdge(page, container(page, 'web'), container(page, 'db'))
  await expect(page.getByTestId('status-line')).toContainText('--link db')
  await expect(page.locator('.dn-pending')).toHaveCount(0)
  await expect(edges).toHaveCount(before + 1)
  const counts = await page.evaluate(() => (window as unknown as { __counts: number[] }).__counts)
  const first = counts.findIndex((n) => n > before)
  expect(first).toBeGreaterThanOrEqual(0)
  expect(counts.slice(first).every((n) => n > before)).toBe(true)
  expect(await page.evaluate('window.__sawPending')).toBe(true)
  await page.screenshot({ path: 'e2e/screenshots/pending-edge.png' })
})

test('a drawn edge Docker refuses goes away, with the refusal', async ({ page }) => {
  await page.goto('/?example=user-bridge-dns')
  const edges = page.locator('.react-flow__edge')
  const testnet = page.getByLabel('network testnet', { exact: true })
  await expect(testnet).toBeVisible()
  const before = await edges.count()
  // centos-1 is on testnet already: `docker network connect` refuses.
  await drawEdge(page, container(page, 'centos-1'), testnet)
  await expect(page.getByTestId('toast')).toContainText('already exists in network testnet')
  await expect(page.locator('.dn-pending')).toHaveCount(0)
  await expect(edges).toHaveCount(before)
})
