import { expect, test } from '@playwright/test'

test('the reachability matrix: who reaches whom, and the proof of each cell', async ({ page }) => {
  await page.goto('/?example=icc')
  await expect(page.getByLabel('container web', { exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'Reachability matrix' }).click()
  const matrix = page.getByTestId('reach-matrix')
  await expect(matrix).toBeVisible()
  // icc=false: only the link opens db's port to web; the stranger is dropped.
  await expect(matrix.getByRole('button', { name: 'web reaches db' })).toBeVisible()
  await expect(matrix.getByRole('button', { name: 'stranger does not reach db' })).toBeVisible()
  await matrix.getByRole('button', { name: 'stranger does not reach db' }).click()
  await expect(page.getByTestId('reach-proof')).toContainText(/icc/)
  await matrix.getByRole('button', { name: 'web reaches db' }).click()
  await expect(page.getByTestId('reach-proof')).toContainText('5432/tcp')
  await page.screenshot({ path: 'e2e/screenshots/matrix.png' })
  await page.keyboard.press('Escape')
  await expect(matrix).toHaveCount(0)
})

test('the matrix stays small in the page at 200 containers: only visible cells are drawn', async ({
  page,
}) => {
  await page.goto('/?bench=200')
  await expect(page.locator('.react-flow__node-container')).toHaveCount(200)
  await page.getByRole('button', { name: 'Reachability matrix' }).click()
  const matrix = page.getByTestId('reach-matrix')
  await expect(matrix).toBeVisible()
  const cells = () => matrix.locator('[data-testid^="cell-"]').count()
  // The visible cells fill in once the grid has measured its viewport.
  await expect.poll(cells).toBeGreaterThan(50)
  expect(await cells()).toBeLessThan(200 * 199 * 0.1)
  // Scrolling far away draws the cells there, in time for the next look.
  await page
    .getByTestId('matrix-scroll')
    .evaluate((el) => el.scrollTo(el.scrollWidth, el.scrollHeight))
  await expect
    .poll(() => matrix.locator('[data-testid^="cell-"]').count())
    .toBeLessThan(200 * 199 * 0.1)
  await page.screenshot({ path: 'e2e/screenshots/matrix-200.png' })
})
