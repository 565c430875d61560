import { expect, test, type Page } from '@playwright/test'
import { openRecentListing, putAutosave, settled } from './helpers'

async function run(page: Page, line: string) {
  const input = page.getByTestId('terminal-input')
  await input.fill(line)
  await input.press('Enter')
}

const saved = (page: Page) => expect(page.getByTestId('save-status')).toHaveText('Saved')

test('a damaged autosave shows the recovery screen, not a blank page; nothing is deleted', async ({
  page,
}) => {
  await page.goto('/')
  const damaged = '{"format":"docknet","version":1,"topology":{"hosts":[],"networks":[]}}'
  await putAutosave(page, {
    text: damaged,
    transcript: [],
    title: 'my lab',
    lineage: 'x',
    tab: 't',
    savedAt: 1,
  })
  await page.reload()
  const recovery = page.getByTestId('recovery')
  await expect(recovery).toContainText('The diagram saved in this browser could not be opened')
  await expect(recovery).toContainText(
    'The document is damaged: the topology has no containers list.',
  )
  await page.screenshot({ path: 'e2e/screenshots/recovery.png' })
  const download = page.waitForEvent('download')
  await recovery.getByRole('button', { name: 'Download the diagram' }).click()
  const file = await download
  const text = await (await file.createReadStream()).toArray()
  expect(Buffer.concat(text).toString()).toBe(damaged)
  await recovery.getByRole('button', { name: 'Start fresh' }).click()
  await expect(recovery).toHaveCount(0)
  await expect(page.getByLabel('host default', { exact: true })).toBeVisible()
  await saved(page)
  // The damaged diagram is kept under Recent diagrams.
  await page.getByRole('button', { name: 'Recent diagrams' }).click()
  await expect(page.getByTestId('recent-diagrams')).toContainText('my lab')
})

test('a diagram replaced by an example comes back from the recent list after a reload', async ({
  page,
}) => {
  await page.goto('/')
  await run(page, 'docker network create mine')
  await saved(page)
  await page.goto('/?example=link')
  await expect(page.getByRole('group', { name: 'container web' })).toBeVisible()
  await saved(page)
  await page.reload()
  await expect(page.getByRole('group', { name: 'container web' })).toBeVisible()
  await page.getByRole('button', { name: 'Recent diagrams' }).click()
  const recent = page.getByTestId('recent-diagrams')
  await expect(recent).toContainText('0 containers, 4 networks, 1 host')
  await page.screenshot({ path: 'e2e/screenshots/recent-diagrams.png' })
  await recent.getByRole('button', { name: /^0 containers, 4 networks/ }).click()
  await expect(page.getByLabel('network mine', { exact: true })).toBeVisible()
})

test('the transcript and the terminal history survive a reload', async ({ page }) => {
  await page.goto('/')
  await run(page, 'docker run -d --name web nginx')
  await saved(page)
  await page.reload()
  await expect(page.getByTestId('terminal-output')).toContainText('docker run -d --name web nginx')
  // What is shown after the reload is what is saved.
  await saved(page)
  const input = page.getByTestId('terminal-input')
  await input.press('ArrowUp')
  await expect(input).toHaveValue('docker run -d --name web nginx')
})

test('a change made just before the tab closes is saved (flushed on pagehide)', async ({
  page,
}) => {
  await page.goto('/')
  await run(page, 'docker network create quick')
  await expect(page.getByLabel('network quick', { exact: true })).toBeVisible()
  // No wait for the debounced save: the reload's pagehide saves it.
  await page.reload()
  await expect(page.getByLabel('network quick', { exact: true })).toBeVisible()
})

test('storage full: the toolbar and a toast say the diagram is not saved, and offer the file', async ({
  page,
}) => {
  await page.goto('/')
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Storage.overrideQuotaForOrigin', {
    origin: new URL(page.url()).origin,
    quotaSize: 1,
  })
  await run(page, 'docker run -d --name web nginx')
  const status = page.getByTestId('save-status')
  await expect(status).toContainText('Not saved:')
  await expect(page.getByTestId('toast')).toContainText('Not saved in this browser')
  await page.screenshot({ path: 'e2e/screenshots/save-failed.png' })
  const download = page.waitForEvent('download')
  await status.getByRole('button', { name: 'Save as file' }).click()
  expect((await download).suggestedFilename()).toBe('diagram.docknet.json')
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(page.url()).origin })
})

test('two tabs: a tab never saves over what another saved after it', async ({ context }) => {
  const a = await context.newPage()
  const b = await context.newPage()
  await a.goto('/')
  await b.goto('/')
  await run(a, 'docker run -d --name one nginx')
  await run(a, 'docker run -d --name two nginx')
  await saved(a)
  await expect(b.getByTestId('save-status')).toContainText('Another tab saved this diagram')
  await run(b, 'docker network create from-b')
  await expect(b.getByLabel('network from-b', { exact: true })).toBeVisible()
  await b.screenshot({ path: 'e2e/screenshots/two-tabs.png' })
  // A's diagram is still the saved one.
  const c = await context.newPage()
  await c.goto('/')
  await expect(c.getByRole('group', { name: 'container two' })).toBeVisible()
  await expect(c.getByLabel('network from-b', { exact: true })).toHaveCount(0)
  // B's version is kept under Recent diagrams.
  await openRecentListing(c, 'Recent diagrams', '0 containers, 4 networks')
})

test('an edit of the benchmark world keeps the diagram it replaced under Recent diagrams', async ({
  page,
}) => {
  await page.goto('/')
  await run(page, 'docker network create mine')
  await saved(page)
  await page.goto('/?bench=20')
  await expect(page.locator('.react-flow__node-container')).toHaveCount(20)
  await run(page, 'docker network create edited')
  await saved(page)
  await page.goto('/')
  await expect(page.getByLabel('network edited', { exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'Recent diagrams' }).click()
  await page
    .getByTestId('recent-diagrams')
    .getByRole('button', { name: /^0 containers, 4 networks/ })
    .click()
  await expect(page.getByLabel('network mine', { exact: true })).toBeVisible()
})

test('anything that fails to draw shows the recovery screen, not a blank page', async ({
  page,
}) => {
  // The inspector panels' code, as if a bug made it throw while drawing.
  await page.route('**/SelectedPanel-*.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: 'export function SelectedPanel() { throw new Error("the panel broke") }',
    }),
  )
  await page.goto('/?example=link')
  const web = page.getByLabel('container web', { exact: true })
  await settled(page, web)
  await web.click()
  const recovery = page.getByTestId('recovery')
  await expect(recovery).toContainText('Docknet could not draw this diagram')
  await expect(recovery).toContainText('the panel broke')
  await page.screenshot({ path: 'e2e/screenshots/error-boundary.png' })
  const download = page.waitForEvent('download')
  await recovery.getByRole('button', { name: 'Download the diagram' }).click()
  const text = Buffer.concat(await (await (await download).createReadStream()).toArray())
  expect(text.toString()).toContain('"name": "web"')
  await recovery.getByRole('button', { name: 'Start fresh' }).click()
  await expect(page.getByLabel('host default', { exact: true })).toBeVisible()
  await expect(page.getByLabel('container web', { exact: true })).toHaveCount(0)
})

test('an example opened from its link in a new browser is saved at once: a reload keeps it', async ({
  page,
}) => {
  await page.goto('/?example=link')
  await expect(page.getByRole('group', { name: 'container web' })).toBeVisible()
  await saved(page)
  await page.reload()
  await expect(page.getByRole('group', { name: 'container web' })).toBeVisible()
})
