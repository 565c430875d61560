import { expect, test, type Page } from '@playwright/test'

const card = (page: Page, name: string) => page.getByRole('group', { name: `container ${name}` })

/** The screen boxes of a container's network edges and of the links to it (by alias). */
async function edgeBoxesOf(page: Page, containerId: string, alias: string) {
  return page
    .locator('.react-flow__edge')
    .filter({ has: page.locator('path') })
    .evaluateAll(
      (edges, [id, alias]) =>
        edges
          .filter((e) => {
            const edge = e.getAttribute('data-id') ?? ''
            return edge.startsWith(`endpoint:${id}:`) || edge.endsWith(`:${alias}`)
          })
          .map((e) => {
            const r = (e.querySelector('path') as SVGPathElement).getBoundingClientRect()
            return { id: e.getAttribute('data-id'), bottom: r.bottom }
          }),
      [containerId, alias],
    )
}

test('a stopped container’s card shrinks and its edges follow its new box', async ({ page }) => {
  await page.goto('/?example=link')
  await expect(card(page, 'db')).toBeVisible()
  const input = page.getByTestId('terminal-input')
  await input.fill('docker inspect -f "{{.Id}}" db')
  await input.press('Enter')
  const output = page.getByTestId('terminal-output')
  await expect(output).toContainText(/[0-9a-f]{64}/)
  const dbId = ((await output.innerText()).match(/[0-9a-f]{64}/) ?? [''])[0]
  const tallBefore = (await card(page, 'db').boundingBox())?.height ?? 0

  await input.fill('docker stop db')
  await input.press('Enter')
  // Stopped, it has no address line: the card is shorter.
  await expect
    .poll(async () => (await card(page, 'db').boundingBox())?.height)
    .toBeLessThan(tallBefore)
  const box = await card(page, 'db').boundingBox()
  const bottom = (box?.y ?? 0) + (box?.height ?? 0)
  // Every edge ends at the card's new border; none detours around the box it had before.
  await expect
    .poll(async () => (await edgeBoxesOf(page, dbId, 'db')).map((e) => e.bottom <= bottom + 2))
    .toEqual([true, true])
  await page.screenshot({ path: 'e2e/screenshots/stopped-edges.png' })
})
