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

test('no edge runs behind a card: each goes around the cards in its way', async ({ page }) => {
  for (const id of ['ambassador', 'icc', 'volumes']) {
    await page.goto(`/?example=${id}`)
    await expect(page.locator('.react-flow__node-container').first()).toBeVisible()
    // Edges are routed once their cards are measured: wait for the example's edges.
    await expect.poll(() => page.locator('.react-flow__edge-path').count()).toBeGreaterThan(2)
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.react-flow__node')].every(
        (n) => n.getBoundingClientRect().width > 0,
      ),
    )
    // Screen points along the middle of every edge (its ends touch its own cards), against the
    // screen boxes of all cards, slightly shrunk.
    const hits = await page.evaluate(() => {
      const cards = [
        ...document.querySelectorAll(
          '.react-flow__node-container, .react-flow__node-network, .react-flow__node-volume',
        ),
      ].map((n) => n.getBoundingClientRect())
      const found: string[] = []
      for (const path of document.querySelectorAll<SVGPathElement>('.react-flow__edge-path')) {
        const length = path.getTotalLength()
        const ctm = path.getScreenCTM()
        if (!ctm) continue
        for (let i = 2; i <= 18; i++) {
          const p = path.getPointAtLength((length * i) / 20).matrixTransform(ctm)
          const inside = cards.some(
            (r) => p.x > r.left + 4 && p.x < r.right - 4 && p.y > r.top + 4 && p.y < r.bottom - 4,
          )
          if (inside) found.push(`${path.closest('.react-flow__edge')?.getAttribute('data-id')}`)
        }
      }
      return [...new Set(found)]
    })
    expect(hits, id).toEqual([])
  }
})
