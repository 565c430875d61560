import { expect, test, type Locator, type Page } from '@playwright/test'
import { container, drawEdge, type } from './helpers'

interface Box {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

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
  await expect(container(page, 'db')).toBeVisible()
  const input = page.getByTestId('terminal-input')
  await input.fill('docker inspect -f "{{.Id}}" db')
  await input.press('Enter')
  const output = page.getByTestId('terminal-output')
  await expect(output).toContainText(/[0-9a-f]{64}/)
  const dbId = ((await output.innerText()).match(/[0-9a-f]{64}/) ?? [''])[0]
  const tallBefore = (await container(page, 'db').boundingBox())?.height ?? 0

  await input.fill('docker stop db')
  await input.press('Enter')
  // Stopped, it has no address line: the card is shorter.
  await expect
    .poll(async () => (await container(page, 'db').boundingBox())?.height)
    .toBeLessThan(tallBefore)
  const box = await container(page, 'db').boundingBox()
  const bottom = (box?.y ?? 0) + (box?.height ?? 0)
  // Every edge ends at the card's new border; none detours around the box it had before.
  await expect
    .poll(async () => (await edgeBoxesOf(page, dbId, 'db')).map((e) => e.bottom <= bottom + 2))
    .toEqual([true, true])
  await page.screenshot({ path: 'e2e/screenshots/stopped-edges.png' })
})

/** Drags the canvas by (dx, dy) from a point where nothing is drawn. */
async function pan(page: Page, dx: number, dy: number) {
  const from = await page.locator('.react-flow__pane').evaluate((pane) => {
    const r = pane.getBoundingClientRect()
    for (let y = r.top + 20; y < r.bottom - 20; y += 20)
      for (let x = r.left + 20; x < r.right - 20; x += 20)
        if (document.elementFromPoint(x, y) === pane) return { x, y }
    throw new Error('no empty spot on the canvas')
  })
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(from.x + dx, from.y + dy, { steps: 5 })
  await page.mouse.up()
}

test('a card changed while off screen is measured anew, and its edges follow', async ({ page }) => {
  await page.goto('/?example=link')
  await expect(container(page, 'db')).toBeVisible()
  await type(page, 'docker inspect -f "{{.Id}}" db')
  const output = page.getByTestId('terminal-output')
  await expect(output).toContainText(/[0-9a-f]{64}/)
  const dbId = ((await output.innerText()).match(/[0-9a-f]{64}/) ?? [''])[0]
  const tallBefore = (await container(page, 'db').boundingBox())?.height ?? 0
  // Far off screen, the browser skips the card's content (ui/canvas/offscreen.ts).
  const skipped = () =>
    container(page, 'db').evaluate((card) => !card.checkVisibility({ contentVisibilityAuto: true }))
  // The browser decides what to skip at its next rendering update, not at once: each pan gets
  // a moment to be seen off screen before the next.
  const seenSkipped = () =>
    expect
      .poll(skipped, { timeout: 1000 })
      .toBe(true)
      .then(
        () => true,
        () => false,
      )
  for (let i = 0; i < 4; i++) {
    await pan(page, 600, 400)
    if (await seenSkipped()) break
  }
  await expect.poll(skipped).toBe(true)

  await type(page, 'docker stop db')
  // Stopped, it has no address line: the card is shorter, though no one looks at it, and so
  // is React Flow's node around it (what React Flow measures and routes edges around).
  const node = container(page, 'db').locator('xpath=..')
  // (A line shorter: the old height, panned, can differ from itself by a rounding error.)
  await expect.poll(async () => (await node.boundingBox())?.height).toBeLessThan(tallBefore - 8)
  const box = await node.boundingBox()
  const bottom = (box?.y ?? 0) + (box?.height ?? 0)
  await expect
    .poll(async () => (await edgeBoxesOf(page, dbId, 'db')).map((e) => e.bottom <= bottom + 2))
    .toEqual([true, true])
  await expect.poll(skipped).toBe(true)
})

test('Docker’s refusal stays until dismissed, beside the legend and the controls, never over them', async ({
  page,
}) => {
  await page.clock.install()
  await page.goto('/?example=ambassador')
  await expect(container(page, 'wordpress')).toBeVisible()
  await drawEdge(page, container(page, 'wordpress'), container(page, 'mysql'))
  const toast = page.getByTestId('toast')
  await expect(toast).toContainText('Error response from daemon')
  const overlaps = (a: Box, b: Box) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
  const shown = (await toast.boundingBox()) as Box
  for (const other of [
    page.getByRole('region', { name: 'Legend' }),
    page.locator('.react-flow__controls'),
    page.getByRole('button', { name: 'Show minimap' }),
  ]) {
    await expect(other).toBeVisible()
    expect(overlaps(shown, (await other.boundingBox()) as Box)).toBe(false)
  }
  await page.clock.fastForward(60_000)
  await expect(toast).toBeVisible()
  await page.screenshot({ path: 'e2e/screenshots/toast-beside-legend.png' })
  await toast.getByRole('button', { name: 'Dismiss' }).click()
  await expect(toast).toHaveCount(0)
})

test('a note goes by itself after a few seconds', async ({ page }) => {
  await page.clock.install()
  await page.goto('/?example=link')
  await expect(container(page, 'web')).toBeVisible()
  await type(page, 'docker run -d --name extra nginx')
  await page.locator('.react-flow__pane').click()
  await page.keyboard.press('Control+z')
  const toast = page.getByTestId('toast')
  await expect(toast).toContainText('Undone: docker run -d --name extra nginx')
  await page.clock.fastForward(10_000)
  await expect(toast).toHaveCount(0)
})

test('Tab visits every card, then every edge, each named by what it means; Delete removes one', async ({
  page,
}) => {
  await page.goto('/?example=link')
  await expect(container(page, 'web')).toBeVisible()
  // The link edge is drawn with its meaning for screen readers.
  await expect(page.locator('.react-flow__edge[aria-label="link web to db as db"]')).toHaveCount(1)
  await page.getByRole('button', { name: 'Tidy layout' }).focus()
  const visited: string[] = []
  for (let i = 0; i < 40 && !visited.includes('link web to db as db'); i++) {
    await page.keyboard.press('Tab')
    visited.push(
      // A card's focus lands on React Flow's wrapper, whose card inside carries the name.
      await page.evaluate(() => {
        const at = document.activeElement
        return (
          at?.getAttribute('aria-label') ??
          at?.querySelector('[aria-label]')?.getAttribute('aria-label') ??
          at?.textContent ??
          ''
        )
      }),
    )
  }
  const firstEdge = visited.findIndex(
    (v) => v.includes(' attached to network ') || v.startsWith('link '),
  )
  expect(firstEdge).toBeGreaterThan(-1)
  for (const name of ['host default', 'network bridge', 'container web', 'container db'])
    expect(visited.indexOf(name), name).toBeGreaterThan(-1)
  for (const name of ['host default', 'network bridge', 'container web', 'container db'])
    expect(visited.indexOf(name), name).toBeLessThan(firstEdge)
  expect(visited.slice(firstEdge)).toEqual(
    expect.arrayContaining(['db attached to network bridge', 'link web to db as db']),
  )
  // The focused edge is selected on the canvas, and Delete removes the link (web is recreated).
  await expect(page.locator('.react-flow__edge.selected')).toHaveCount(1)
  await page.screenshot({ path: 'e2e/screenshots/edge-list-focus.png' })
  await page.keyboard.press('Delete')
  await expect(page.locator('.react-flow__edge[aria-label="link web to db as db"]')).toHaveCount(0)
  await expect(container(page, 'web')).toBeVisible()
})

test('the palette takes any image: typed, with the presets as suggestions', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByTestId('terminal-input')).not.toHaveAttribute('readonly')
  const field = page.getByTestId('palette-image')
  await field.fill('alpine:3.20')
  await expect(page.getByTestId('palette-container-typed')).toHaveAccessibleName(
    'Add alpine:3.20 (or drag it onto the canvas)',
  )
  await field.press('Enter')
  const output = page.getByTestId('terminal-output')
  await expect(output).toContainText('alpine:3.20')
  await expect(page.getByRole('group', { name: /^container / })).toHaveCount(1)
  await expect(page.getByRole('group', { name: /^container / })).toContainText('alpine:3.20')
  // Docker's refusal of a malformed reference, as a toast; nothing is added.
  await field.fill('Alpine')
  await field.press('Enter')
  await expect(page.getByTestId('toast')).toContainText('invalid reference format')
  await expect(page.getByRole('group', { name: /^container / })).toHaveCount(1)
  await page.screenshot({ path: 'e2e/screenshots/palette-any-image.png' })
})

/** Whether a card lies wholly inside the canvas on screen. */
async function inCanvas(page: Page, name: string) {
  const pane = (await page.locator('.react-flow').boundingBox()) as Box
  const box = (await page.getByRole('group', { name }).first().boundingBox()) as Box | null
  return (
    !!box &&
    box.x >= pane.x &&
    box.y >= pane.y &&
    box.x + box.width <= pane.x + pane.width &&
    box.y + box.height <= pane.y + pane.height
  )
}

test('new cards land in view: typed containers, a dropped host, a container dropped on a network', async ({
  page,
}) => {
  await page.goto('/?example=ambassador')
  await expect(container(page, 'wordpress')).toBeVisible()
  // Typed commands: the view follows the last card made.
  await type(
    page,
    ...Array.from({ length: 8 }, (_, i) => `docker run -d --name extra${i + 1} busybox sleep 1d`),
  )
  await expect(container(page, 'extra8')).toBeVisible()
  await expect.poll(() => inCanvas(page, 'container extra8')).toBe(true)

  // A host dropped from the palette, wherever the user lets go, shows whole.
  const pane = page.locator('.react-flow__pane')
  const paneBox = (await pane.boundingBox()) as Box
  await page
    .getByTestId('palette-host')
    .dragTo(pane, { targetPosition: { x: paneBox.width - 30, y: 30 } })
  await expect(page.getByRole('group', { name: 'host vm1' })).toBeVisible()
  await expect.poll(() => inCanvas(page, 'host vm1')).toBe(true)

  // A container dropped onto a network joins it and lands beside its card, not over it.
  const network = page.getByRole('group', { name: /^network bridge/ }).last()
  await page.getByTestId('palette-container-redis').dragTo(network)
  const redis = container(page, 'redis1')
  await expect(redis).toBeVisible()
  const a = (await redis.boundingBox()) as Box
  const b = (await network.boundingBox()) as Box
  const apart =
    a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y
  expect(apart).toBe(true)
  await page.screenshot({ path: 'e2e/screenshots/new-cards-in-view.png' })
})

test('an edge’s form: a link drawn, then given the seed’s alias; a mount given a path and mode', async ({
  page,
}) => {
  await page.goto('/')
  await type(
    page,
    'docker run -d --name ambassador2 svendowideit/ambassador',
    'docker run -d --name wordpress --link ambassador2 -v wpdata:/data wordpress',
  )
  await expect(container(page, 'wordpress')).toBeVisible()
  // A click on the link selects it: the inspector shows its form.
  await page.locator('.react-flow__edge[aria-label^="link wordpress"]').click({ force: true })
  const form = page.getByTestId('view-edge')
  await expect(form).toContainText('link wordpress to ambassador2 as ambassador2')
  await page.getByTestId('edge-alias').fill('mysql')
  await page.getByRole('button', { name: 'Apply (recreates the container)' }).click()
  await expect(
    page.locator('.react-flow__edge[aria-label="link wordpress to ambassador2 as mysql"]'),
  ).toHaveCount(1)
  await expect(page.getByTestId('terminal-output')).toContainText('--link ambassador2:mysql')

  await page
    .locator('.react-flow__edge[aria-label^="wordpress mounts volume wpdata"]')
    .click({ force: true })
  await page.getByTestId('edge-mount-path').fill('/var/www/html')
  await page.getByTestId('edge-mount-ro').check()
  await page.getByRole('button', { name: 'Apply (recreates the container)' }).click()
  await expect(
    page.locator(
      '.react-flow__edge[aria-label="wordpress mounts volume wpdata at /var/www/html read-only"]',
    ),
  ).toHaveCount(1)
  await page.screenshot({ path: 'e2e/screenshots/edge-form.png' })
})

test('every status dot and card icon says what it means on hover, and the legend lists them', async ({
  page,
}) => {
  await page.goto('/?example=link')
  await expect(container(page, 'web')).toBeVisible()
  await type(page, 'docker create --name later busybox', 'docker stop db')
  const legend = page.getByRole('region', { name: 'Legend' })
  for (const [name, meaning] of [
    ['web', 'running (Up)'],
    ['later', 'created, not started'],
    ['db', 'exited (stopped)'],
  ] as const) {
    const dot = container(page, name).getByRole('img', { name: meaning })
    await expect(dot).toHaveAttribute('title', meaning)
    await dot.hover()
    await expect(legend).toContainText(meaning)
  }
  for (const [card, title] of [
    [page.getByRole('group', { name: 'host default' }), 'host (one Docker daemon)'],
    [page.getByRole('group', { name: /^network bridge/ }), 'network'],
    [container(page, 'web'), 'container'],
  ] as const) {
    await expect(card.locator(`[title="${title}"]`).first()).toBeVisible()
    await expect(legend).toContainText(title.split(' ')[0] as string)
  }
  await page.screenshot({ path: 'e2e/screenshots/legend.png' })
  // Folded, it is one small button and the corner of the canvas is free; it opens again.
  const tall = (await legend.boundingBox())?.height ?? 0
  await legend.getByRole('button', { name: 'Fold the legend' }).click()
  await expect(legend).not.toContainText('running (Up)')
  expect((await legend.boundingBox())?.height ?? 0).toBeLessThan(tall / 3)
  await page.screenshot({ path: 'e2e/screenshots/legend-folded.png' })
  await legend.getByRole('button', { name: 'Show the legend' }).click()
  await expect(legend).toContainText('running (Up)')
})

/** A card's place in the flow (its node's transform), which panning the view does not change. */
const placeOf = (page: Page, card: Locator) =>
  page
    .locator('.react-flow__node')
    .filter({ has: card })
    .evaluate((n) => n.style.transform)

/** Drags a card by (dx, dy) on the screen, as a user moves it. */
async function dragBy(page: Page, card: Locator, dx: number, dy: number) {
  const box = await card.boundingBox()
  if (!box) throw new Error('card not found')
  await page.mouse.move(box.x + 20, box.y + box.height / 2)
  await page.mouse.down()
  await page.mouse.move(box.x + 20 + dx, box.y + box.height / 2 + dy, { steps: 8 })
  await page.mouse.up()
}

test('a network is renamed on the canvas: made again with its members, in place', async ({
  page,
}) => {
  await page.goto('/')
  await type(
    page,
    'docker network create net1',
    'docker run -d --name api --network net1 --network-alias backend busybox sleep 1d',
  )
  const card = page.getByRole('group', { name: /^network net1/ })
  // Moved off its default place: the renamed card must not just land in the first free one.
  const first = await placeOf(page, card)
  await dragBy(page, card, 160, 0)
  await expect.poll(() => placeOf(page, card)).not.toBe(first)
  const moved = await placeOf(page, card)
  await card.click()
  await page.getByTestId('network-name').fill('backend-net')
  await page.getByRole('button', { name: 'Rename' }).click()
  const renamed = page.getByRole('group', { name: /^network backend-net/ })
  await expect(renamed).toBeVisible()
  await expect(page.getByRole('group', { name: /^network net1/ })).toHaveCount(0)
  expect(await placeOf(page, renamed)).toBe(moved)
  await expect(
    page.locator(
      '.react-flow__edge[aria-label="api attached to network backend-net (alias backend)"]',
    ),
  ).toHaveCount(1)
  await expect(page.getByTestId('terminal-output')).toContainText(
    'docker run -d --name api --network backend-net --network-alias backend busybox sleep 1d',
  )
  await page.screenshot({ path: 'e2e/screenshots/network-renamed.png' })
})

test('a volume is renamed on the canvas: its data copied, its containers on it, in place', async ({
  page,
}) => {
  await page.goto('/')
  await type(
    page,
    'docker volume create data',
    'docker run -d --name web -v data:/data busybox sleep 1d',
    'docker run -d --name worker --volumes-from web busybox sleep 1d',
    "docker exec web sh -c 'echo kept > /data/notes.txt'",
  )
  // The view followed the containers; the volume card, made first, is left of them.
  await page.getByRole('button', { name: 'Fit view' }).click()
  const card = page.getByRole('group', { name: /^volume data/ })
  const first = await placeOf(page, card)
  await dragBy(page, card, 60, 110)
  await expect.poll(() => placeOf(page, card)).not.toBe(first)
  const moved = await placeOf(page, card)
  await card.click()
  await expect(page.getByTestId('view-volume')).toContainText('Mounted by')
  await page.getByTestId('volume-name').fill('app-data')
  await page.getByRole('button', { name: 'Rename' }).click()
  const renamed = page.getByRole('group', { name: /^volume app-data/ })
  await expect(renamed).toBeVisible()
  await expect(page.getByRole('group', { name: /^volume data/ })).toHaveCount(0)
  expect(await placeOf(page, renamed)).toBe(moved)
  // Its edges: web mounts it, worker through --volumes-from web; the inspector shows it.
  await expect(
    page.locator('.react-flow__edge[aria-label="web mounts volume app-data at /data"]'),
  ).toHaveCount(1)
  await expect(
    page.locator('.react-flow__edge[aria-label="worker mounts volume app-data at /data"]'),
  ).toHaveCount(1)
  await expect(page.getByTestId('view-volume')).toContainText('app-data')
  const output = page.getByTestId('terminal-output')
  await expect(output).toContainText(
    'docker run --rm -v data:/from -v app-data:/to ubuntu cp -a /from/. /to/',
  )
  await page.screenshot({ path: 'e2e/screenshots/volume-renamed.png' })
  await type(page, 'docker exec worker cat /data/notes.txt')
  // What the cat printed: the last entry's output, the file as web wrote it before the rename.
  await expect(output.locator('pre').last()).toHaveText('kept')
})
