import { expect, test } from '@playwright/test'

test('the app shell loads with no console errors', async ({ page }) => {
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Docknet' })).toBeVisible()
  await expect(page.locator('.react-flow')).toBeVisible()
  await page.screenshot({ path: 'e2e/screenshots/shell.png' })
  expect(errors).toEqual([])
})
