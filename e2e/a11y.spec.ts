import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

/** axe-core's WCAG A/AA rules: every control named, no missing labels, enough contrast. */
async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  )
}

test('the main screen passes axe’s WCAG A/AA checks, light and dark', async ({ page }) => {
  await page.goto('/?example=ambassador')
  await expect(page.getByLabel('container wordpress', { exact: true })).toBeVisible()
  await page.getByLabel('container wordpress', { exact: true }).click()
  await expect(page.getByTestId('view-hosts')).toBeVisible()
  expect(await violations(page)).toEqual([])
  await page.getByRole('button', { name: 'Dark theme' }).click()
  expect(await violations(page)).toEqual([])
})

test('the form, the matrix and the diagnostics pass axe’s WCAG A/AA checks', async ({ page }) => {
  await page.goto('/?example=icc')
  await page.getByLabel('container web', { exact: true }).click()
  await page.getByRole('tab', { name: 'Edit' }).click()
  await expect(page.getByTestId('form-name')).toBeVisible()
  await page.getByRole('button', { name: /^Diagnostics/ }).click()
  await expect(page.getByTestId('diagnostics')).toBeVisible()
  expect(await violations(page)).toEqual([])
  await page.getByRole('button', { name: 'Reachability matrix' }).click()
  await page.getByRole('button', { name: 'web reaches db' }).click()
  await expect(page.getByTestId('reach-proof')).toContainText('5432')
  expect(await violations(page)).toEqual([])
})
