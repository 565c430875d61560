import { expect, test, type Page } from '@playwright/test'

/** The screen boxes of every card (networks, containers, volumes). */
async function cardBoxes(page: Page) {
  const cards = page.locator(
    ['network', 'container', 'volume'].map((k) => `.react-flow__node [aria-label^="${k} "]`).join(),
  )
  const boxes = []
  for (const card of await cards.all()) {
    const box = await card.boundingBox()
    if (box) boxes.push({ name: (await card.getAttribute('aria-label')) ?? '', ...box })
  }
  return boxes
}

test('Tidy layout places every card again, names the step, and undo puts them back', async ({
  page,
}) => {
  await page.goto('/?example=ambassador')
  await expect(page.getByTestId('examples')).toHaveValue('ambassador')
  const wordpress = page.getByRole('group', { name: 'container wordpress' })
  await expect(wordpress).toBeVisible()
  // Its place in the flow (the node's transform), which a refit of the view does not change.
  const place = () =>
    page
      .locator('.react-flow__node')
      .filter({ has: wordpress })
      .evaluate((n) => n.style.transform)
  const before = await place()
  await page.getByRole('button', { name: 'Tidy layout' }).click()
  await expect.poll(place).not.toBe(before)
  const boxes = await cardBoxes(page)
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1)) {
      const apart =
        a.x + a.width <= b.x ||
        b.x + b.width <= a.x ||
        a.y + a.height <= b.y ||
        b.y + b.height <= a.y
      expect(apart, `${a.name} on ${b.name}`).toBe(true)
    }
  // Networks head their host: every network card sits above every container card.
  const networks = boxes.filter((b) => b.name.startsWith('network '))
  const containers = boxes.filter((b) => b.name.startsWith('container '))
  const lowestNetwork = Math.max(...networks.map((b) => b.y + b.height))
  expect(Math.min(...containers.map((b) => b.y))).toBeGreaterThan(lowestNetwork)
  await page.screenshot({ path: 'e2e/screenshots/tidy-ambassador.png' })

  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('toast')).toContainText('Undone: tidy layout')
  await expect.poll(place).toBe(before)
})
