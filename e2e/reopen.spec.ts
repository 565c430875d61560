import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'

// The Mermaid and draw.io files the Export menu writes open again with Open (io/embedded.ts).

async function exported(page: Page, format: string): Promise<string> {
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByRole('menuitem', { name: `Export ${format}` }).click()
  return readFileSync(await (await download).path(), 'utf8')
}

for (const [format, name] of [
  ['Mermaid', 'stack.mmd'],
  ['draw.io', 'stack.drawio'],
] as const) {
  test(`a ${format} export opens again as its world`, async ({ page }) => {
    await page.goto('/?example=ambassador')
    await expect(page.getByLabel('container wordpress', { exact: true })).toBeVisible()
    const text = await exported(page, format)
    await page.getByRole('button', { name: 'New' }).click()
    await expect(page.getByLabel('container wordpress', { exact: true })).toHaveCount(0)
    await page.getByTestId('open-file').setInputFiles({
      name,
      mimeType: 'text/plain',
      buffer: Buffer.from(text),
    })
    for (const c of ['wordpress', 'ambassador1', 'ambassador2', 'mysql'])
      await expect(page.getByLabel(`container ${c}`, { exact: true })).toBeVisible()
  })
}
