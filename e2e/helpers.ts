import { expect, type Locator, type Page } from '@playwright/test'
import { WORDS, type Lang } from './lesson-words'

/** Types docker lines into the terminal, as a user would. */
export async function type(page: Page, ...lines: string[]) {
  const input = page.getByTestId('terminal-input')
  for (const line of lines) {
    await input.fill(line)
    await input.press('Enter')
  }
}

/** A container's card, by the name screen readers hear in the interface's language. */
export const container = (page: Page, name: string, lang: Lang = 'en') =>
  page.getByLabel(WORDS[lang].container(name), { exact: true })

/**
 * The reachability overlay's badge on `card`, found by the question it asks ("Why is db not
 * reachable from stranger?"), once it stands on that card's top-right corner.
 */
export async function overlayBadge(page: Page, card: Locator, question: string) {
  const badge = page.getByRole('button', { name: question, exact: true })
  await expect(badge).toBeVisible()
  await expect(async () => {
    const [b, c] = await Promise.all([badge.boundingBox(), card.boundingBox()])
    if (!b || !c) throw new Error('badge or card not on screen')
    const centre = { x: b.x + b.width / 2, y: b.y + b.height / 2 }
    expect(Math.abs(centre.x - (c.x + c.width))).toBeLessThan(b.width)
    expect(Math.abs(centre.y - c.y)).toBeLessThan(b.height)
  }).toPass()
  return badge
}

/**
 * Waits until the view has stood still for `frames` frames. The app pans to show a new card up to
 * 10 frames after it renders, once the card is measured, and animates for 200 ms: a press in
 * between lands where the card was.
 */
export async function viewStill(page: Page, frames = 12) {
  await page.evaluate(
    (frames) =>
      new Promise<void>((resolve) => {
        const view = document.querySelector('.react-flow__viewport')
        let last = view?.getAttribute('style')
        let still = 0
        const tick = () => {
          const now = view?.getAttribute('style')
          still = now === last ? still + 1 : 0
          last = now
          if (still >= frames) resolve()
          else requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
      }),
    frames,
  )
}

/**
 * Waits until a card stops moving: the view stands still (it fits a newly opened diagram and pans
 * to show new cards) and so does the card in it; a click before then may land beside it.
 */
export async function settled(page: Page, card: Locator) {
  await viewStill(page)
  let before = JSON.stringify(await card.boundingBox())
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(60)
    const now = JSON.stringify(await card.boundingBox())
    if (now === before) return
    before = now
  }
}

/**
 * Drags from a node's source handle and lets go over another card: its middle, or for a host
 * (whose middle may hold a container) the first of its corners that nothing covers (a container,
 * the legend).
 *
 * The press waits for a still view, and Playwright's hover checks that the handle is what the
 * pointer hits: a press beside the handle lands on the card's body and drags the card instead.
 */
export async function drawEdge(page: Page, from: Locator, to: Locator, corner = false) {
  await settled(page, to)
  const spot = await to.evaluate((card, corner) => {
    const r = card.getBoundingClientRect()
    const spots = corner
      ? [
          { x: r.right - 20, y: r.bottom - 20 },
          { x: r.left + 20, y: r.bottom - 20 },
          { x: r.right - 20, y: r.top + 40 },
          { x: r.left + 20, y: r.top + 40 },
        ]
      : [{ x: r.x + r.width / 2, y: r.y + r.height / 2 }]
    return spots.find(({ x, y }) => card.contains(document.elementFromPoint(x, y)))
  }, corner)
  if (!spot) throw new Error('no free spot on the card to let go over')
  const handle = from.locator('xpath=..').locator('.react-flow__handle.source')
  await handle.hover()
  await page.mouse.down()
  await page.mouse.move(spot.x, spot.y, { steps: 8 })
  await page.mouse.up()
}

/**
 * Opens the recent diagrams (the button named `button`) until they list `entry`: a replaced
 * diagram goes there once the diagram replacing it is first saved, a moment later.
 */
export async function openRecentListing(page: Page, button: string, entry: string) {
  const recent = page.getByRole('button', { name: button, exact: true })
  await expect(async () => {
    if ((await recent.getAttribute('aria-expanded')) === 'true') await recent.click()
    await recent.click()
    await expect(page.getByTestId('recent-diagrams')).toContainText(entry, { timeout: 500 })
  }).toPass()
}

/** Writes a record into the autosave slot as an older session (or a damaged disk) left it. */
export async function putAutosave(page: Page, record: unknown) {
  await page.evaluate(async (value) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('docknet')
      open.onupgradeneeded = () => open.result.createObjectStore('slots')
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error)
    })
    await new Promise((resolve, reject) => {
      const tx = db.transaction('slots', 'readwrite')
      tx.objectStore('slots').put(value, 'autosave')
      tx.oncomplete = resolve
      tx.onerror = () => reject(tx.error)
    })
    db.close()
  }, record)
}
