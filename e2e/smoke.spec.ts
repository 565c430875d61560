import { fileURLToPath } from 'node:url'
import { expect, test } from '@playwright/test'

const SCREENSHOT = fileURLToPath(new URL('./screenshots/shell.png', import.meta.url))

test('the app shell loads with no console errors', async ({ page }) => {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))

  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Docknet' })).toBeVisible()
  await expect(page.getByRole('complementary', { name: 'Palette' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Canvas' })).toBeVisible()
  await expect(page.locator('.react-flow__renderer')).toBeVisible()
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeVisible()
  await page.screenshot({ path: SCREENSHOT })

  expect(errors).toEqual([])
})
