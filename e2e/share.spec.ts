import { expect, test } from '@playwright/test'

test('a share link opens a copy of the diagram, the diagram there before one undo away', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/?example=ambassador')
  await expect(page.getByLabel('container wordpress', { exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByRole('menuitem', { name: 'Export share link' }).click()
  await expect(page.getByTestId('toast')).toContainText('Link copied (')
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(link).toMatch(/^http:\/\/[^#]+#doc=[A-Za-z0-9+$-]+$/)
  expect(link.length).toBeLessThan(2000)

  // Someone else, whose own diagram has one container.
  const other = await context.newPage()
  await other.goto('/')
  await other.getByTestId('terminal-input').fill('docker run -d --name mine nginx')
  await other.keyboard.press('Enter')
  await expect(other.getByLabel('container mine', { exact: true })).toBeVisible()
  await expect(other.getByTestId('save-status')).toHaveText('Saved')
  await other.goto(link)
  for (const name of ['wordpress', 'ambassador1', 'ambassador2', 'mysql'])
    await expect(other.getByLabel(`container ${name}`, { exact: true })).toBeVisible()
  await expect(other.getByTestId('toast')).toContainText(
    'Opened a copy of a shared diagram. Undo (Ctrl+Z) brings back the diagram you had.',
  )
  expect(other.url()).not.toContain('#doc=')
  await other.getByRole('button', { name: 'Undo' }).click()
  await expect(other.getByLabel('container mine', { exact: true })).toBeVisible()

  // The link opened in a new tab: the app starts from it.
  const fresh = await context.newPage()
  await fresh.goto(link)
  await expect(fresh.getByLabel('container mysql', { exact: true })).toBeVisible()
  await expect(fresh.getByTestId('toast')).toContainText('Opened a copy of a shared diagram.')
  await fresh.screenshot({ path: 'e2e/screenshots/share-opened.png' })
})

test('a damaged share link says so and the saved diagram stays', async ({ page }) => {
  await page.goto('/')
  await page.getByTestId('terminal-input').fill('docker run -d --name mine nginx')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('save-status')).toHaveText('Saved')
  await page.goto('/#doc=<script>alert(1)</script>')
  await expect(page.getByTestId('toast')).toContainText('This share link is damaged')
  await expect(page.getByLabel('container mine', { exact: true })).toBeVisible()
})
