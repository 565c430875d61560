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
 * Waits until a card stops moving (the view fits a newly opened diagram and pans to show new
 * cards, for 200 ms): a click before then may land beside it.
 */
export async function settled(page: Page, card: Locator) {
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
 * (whose middle may hold a container) an empty spot near its bottom-right corner.
 */
export async function drawEdge(page: Page, from: Locator, to: Locator, corner = false) {
  await settled(page, to)
  const start = await from.locator('xpath=..').locator('.react-flow__handle.source').boundingBox()
  const end = await to.boundingBox()
  if (!start || !end) throw new Error('handle or card not found')
  const [x, y] = corner
    ? [end.x + end.width - 20, end.y + end.height - 20]
    : [end.x + end.width / 2, end.y + end.height / 2]
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2)
  await page.mouse.down()
  await page.mouse.move(x, y, { steps: 8 })
  await page.mouse.up()
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
