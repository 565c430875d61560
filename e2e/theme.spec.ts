import { expect, test } from '@playwright/test'

test('dark and light themes; the choice survives a reload', async ({ page }) => {
  await page.goto('/?example=icc')
  await expect(page.getByLabel('container web', { exact: true })).toBeVisible()
  const toggle = page.getByRole('button', { name: 'Dark theme' })
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  const lightCard = await page
    .getByLabel('container web', { exact: true })
    .evaluate((el) => getComputedStyle(el).backgroundColor)
  await toggle.click()
  await expect(page.locator('html')).toHaveClass(/dark/)
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  const darkCard = await page
    .getByLabel('container web', { exact: true })
    .evaluate((el) => getComputedStyle(el).backgroundColor)
  expect(darkCard).not.toBe(lightCard)
  await page.getByLabel('container web', { exact: true }).click()
  await page.screenshot({ path: 'e2e/screenshots/theme-dark.png' })
  await page.reload()
  await expect(page.locator('html')).toHaveClass(/dark/)
  await page.getByRole('button', { name: 'Dark theme' }).click()
  await expect(page.locator('html')).not.toHaveClass(/dark/)
})
