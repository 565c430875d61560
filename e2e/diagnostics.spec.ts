import { expect, test } from '@playwright/test'

test('diagnostics list problems in Docker’s words; a click selects the culprit', async ({
  page,
}) => {
  await page.goto('/?example=link')
  await expect(page.getByLabel('container web', { exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Diagnostics: 0 problems' })).toBeVisible()
  const input = page.getByTestId('terminal-input')
  for (const line of ['docker stop db', 'docker stop web']) {
    await input.fill(line)
    await input.press('Enter')
  }
  await page.getByRole('button', { name: 'Diagnostics: 1 problem' }).click()
  const panel = page.getByTestId('diagnostics')
  const problem = panel.getByRole('button', {
    name: /docker start web: Error response from daemon: Cannot link to a non running container: \/db AS \/web\/db/,
  })
  await expect(problem).toBeVisible()
  await page.screenshot({ path: 'e2e/screenshots/diagnostics.png' })
  await problem.click()
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toContainText('web')
  await expect(
    page.locator('.react-flow__node.selected').getByLabel('container web', { exact: true }),
  ).toBeVisible()
})
