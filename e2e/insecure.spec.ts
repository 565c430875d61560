import { expect, test } from '@playwright/test'
import { type } from './helpers'

// A classroom server on plain http (not localhost) is not a secure context: the browser gives
// no crypto.randomUUID and no clipboard. The app must still save, and still give share links.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    delete (Crypto.prototype as { randomUUID?: unknown }).randomUUID
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined })
  })
})

test('on a page that is not https, the diagram is still saved in the browser', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto('/?example=link')
  await expect(page.getByLabel('container web', { exact: true })).toBeVisible()
  await type(page, 'docker run -d --name extra nginx')
  await expect(page.getByTestId('save-status')).toHaveText('Saved')
  await page.reload()
  await expect(page.getByLabel('container extra', { exact: true })).toBeVisible()
  expect(errors).toEqual([])
})

test('on a page that is not https, a share link is shown to copy', async ({ page }) => {
  await page.goto('/?example=link')
  await expect(page.getByLabel('container web', { exact: true })).toBeVisible()
  const shown = new Promise<string>((resolve) =>
    page.once('dialog', (d) => {
      resolve(d.defaultValue())
      void d.dismiss()
    }),
  )
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByRole('menuitem', { name: 'Export share link' }).click()
  expect(await shown).toContain('#doc=')
  await expect(page.getByTestId('toast')).toContainText('Link made')
})
