import { expect, test, type Page } from '@playwright/test'
import { settled } from './helpers'

/** Collects console errors and page errors; the test fails if any appear. */
function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(e.message))
  return errors
}

test('an example loads as a picture, and the inspector shows what Docker would do', async ({
  page,
}) => {
  const errors = watchErrors(page)
  await page.goto('/?example=link')
  await expect(page.getByLabel('container web', { exact: true })).toBeVisible()
  await expect(page.getByLabel('container db', { exact: true })).toBeVisible()
  // The whole picture is in view, not just the empty world the page started with.
  await expect(page.locator('.react-flow__node-host')).toBeInViewport({ ratio: 1 })
  await page.getByLabel('container web', { exact: true }).click()
  const hosts = page.getByTestId('view-hosts')
  await expect(hosts).toContainText(/172\.17\.0\.2\s+db [0-9a-f]{12}/)
  await page.getByRole('tab', { name: 'Env' }).click()
  await expect(page.getByTestId('view-env')).toContainText('DB_PORT_5432_TCP=tcp://172.17.0.2:5432')
  await page.getByRole('tab', { name: 'Reach' }).click()
  await expect(page.getByTestId('view-reach')).toContainText('5432/tcp')
  await page.screenshot({ path: 'e2e/screenshots/example-link.png' })
  expect(errors).toEqual([])
})

test('dropping a container from the palette runs docker run and shows the command', async ({
  page,
}) => {
  const errors = watchErrors(page)
  await page.goto('/')
  const host = page.getByLabel('host default', { exact: true })
  await expect(host).toBeVisible()
  // An empty spot of the host: low and to the right, below and beside its bridge card.
  const box = (await host.boundingBox())!
  await page
    .getByTestId('palette-container-nginx')
    .dragTo(host, { targetPosition: { x: box.width * 0.75, y: box.height * 0.8 } })
  await expect(page.getByLabel('container nginx1', { exact: true })).toBeVisible()
  await expect(page.getByTestId('status-line')).toHaveText('$ docker run -d --name nginx1 nginx')
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByLabel('container nginx1', { exact: true })).toHaveCount(0)
  expect(errors).toEqual([])
})

test('a typed command changes the canvas, and a refused one shows Docker’s error', async ({
  page,
}) => {
  await page.goto('/')
  const input = page.getByTestId('terminal-input')
  await input.fill('docker network create backend')
  await input.press('Enter')
  await expect(page.getByLabel('network backend', { exact: true })).toBeVisible()
  await input.fill('docker run -d --name api --network nosuch nginx')
  await input.press('Enter')
  // Engine 28 creates the container, then its start fails (moby daemon/create.go, start_linux.go).
  await expect(page.getByTestId('terminal-output')).toContainText(
    'docker: Error response from daemon: failed to set up container networking: network nosuch not found',
  )
  // Tables come from Go templates, which load after first paint.
  await input.fill('docker network ls --format "{{.Name}} {{.Driver}}"')
  await input.press('Enter')
  await expect(page.getByTestId('terminal-output')).toContainText('backend bridge')
  await page.screenshot({ path: 'e2e/screenshots/terminal.png' })
})

test('reload restores the diagram, and a saved file opens again', async ({ page }) => {
  await page.goto('/')
  const input = page.getByTestId('terminal-input')
  await input.fill('docker network create backend')
  await input.press('Enter')
  await input.fill('docker run -d --name api --network backend nginx')
  await input.press('Enter')
  await expect(page.getByLabel('container api', { exact: true })).toBeVisible()
  await page.waitForTimeout(500)
  await page.reload()
  await expect(page.getByLabel('container api', { exact: true })).toBeVisible()
  await expect(page.getByLabel('network backend', { exact: true })).toBeVisible()

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save diagram' }).click()
  const file = await (await download).path()
  await page.getByRole('button', { name: 'New diagram' }).click()
  await expect(page.getByLabel('container api', { exact: true })).toHaveCount(0)
  await page.getByTestId('open-file').setInputFiles(file)
  await expect(page.getByLabel('container api', { exact: true })).toBeVisible()

  await page.getByTestId('open-file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"something-else"}'),
  })
  await expect(page.getByTestId('toast')).toContainText('This is not a Docknet document.')
  await expect(page.getByLabel('container api', { exact: true })).toBeVisible()
})

test('the benchmark page draws the seeded topology of /?bench=100', async ({ page }) => {
  await page.goto('/?bench=100')
  await expect(page.locator('.react-flow__node-container')).toHaveCount(100)
  await expect(page.locator('.react-flow__node-host')).toHaveCount(2)
  // Whole, give or take the sub-pixel rounding of the zoom.
  for (const host of await page.locator('.react-flow__node-host').all())
    await expect(host).toBeInViewport({ ratio: 0.999 })
  // Far out, cards show their names only (semantic zoom) and edge labels are not drawn.
  await expect(page.locator('.react-flow.dn-far')).toHaveCount(1)
  await expect(page.locator('.dn-detail').first()).toBeHidden()
  await page.screenshot({ path: 'e2e/screenshots/bench-100.png' })
  for (let i = 0; i < 12 && (await page.locator('.react-flow.dn-far').count()) > 0; i++) {
    await page.getByRole('button', { name: 'Zoom In' }).click()
    await page.waitForTimeout(100)
  }
  await expect(page.locator('.react-flow.dn-far')).toHaveCount(0)
  await expect(page.locator('.dn-detail').first()).toBeVisible()
})

test('the minimap is one click away', async ({ page }) => {
  await page.goto('/?example=ambassador')
  await expect(page.getByLabel('Minimap', { exact: true })).toHaveCount(0)
  await page.getByRole('button', { name: 'Show minimap' }).click()
  await expect(page.getByLabel('Minimap', { exact: true })).toBeVisible()
  await page.screenshot({ path: 'e2e/screenshots/minimap.png' })
  await page.getByRole('button', { name: 'Hide minimap' }).click()
  await expect(page.getByLabel('Minimap', { exact: true })).toHaveCount(0)
})

test('deleting a selected container runs docker rm -f, and undo brings it back', async ({
  page,
}) => {
  await page.goto('/?example=link')
  const web = page.getByLabel('container web', { exact: true })
  // The example replaces the opening world: a click before it lands would select nothing.
  await expect(page.getByLabel('container db', { exact: true })).toBeVisible()
  await settled(page, web)
  await web.click()
  await page.keyboard.press('Delete')
  await expect(web).toHaveCount(0)
  await expect(page.getByTestId('status-line')).toHaveText('$ docker rm -f web')
  await expect(page.getByLabel('container db', { exact: true })).toBeVisible()
  await page.keyboard.press('Control+z')
  await expect(web).toBeVisible()
})

test('? opens the keyboard shortcuts, Escape closes them', async ({ page }) => {
  await page.goto('/?example=link')
  await page.getByLabel('container web', { exact: true }).click()
  await page.keyboard.press('?')
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('row', { name: /Ctrl\+Z Undo/ })).toBeVisible()
  await page.screenshot({ path: 'e2e/screenshots/shortcuts.png' })
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click()
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
})

test('selecting a host shows its docker-proxy and rules; a network shows its members', async ({
  page,
}) => {
  await page.goto('/?example=ports')
  const card = page.getByLabel('host default', { exact: true })
  // The example's cards are drawn: the host clicked is the example's, not the blank world's.
  await expect(page.getByLabel('container mysqlserver', { exact: true })).toBeVisible()
  await settled(page, card)
  await card.click({ position: { x: 40, y: 12 } })
  const host = page.getByTestId('view-host')
  await expect(host).toContainText('dockerd --icc=true --ip=0.0.0.0 --bip=172.17.0.1/16')
  await expect(host).toContainText('mysqlserver 0.0.0.0:8066 -> 172.17.0.2:3306/tcp')
  await expect(host).toContainText('-host-port 8066 -container-ip 172.17.0.2 -container-port 3306')
  await page.screenshot({ path: 'e2e/screenshots/inspector-host.png' })
  await page.getByLabel('network bridge', { exact: true }).click()
  const network = page.getByTestId('view-network')
  await expect(network).toContainText('subnet 172.17.0.0/16 · gateway 172.17.0.1')
  await expect(network.getByRole('row', { name: /client 172\.17\.0\.3/ })).toBeVisible()
  await page.screenshot({ path: 'e2e/screenshots/inspector-network.png' })
})

test('selecting a volume shows who mounts it', async ({ page }) => {
  await page.goto('/?example=volumes')
  await page.getByLabel('volume shared', { exact: true }).click()
  const volume = page.getByTestId('view-volume')
  await expect(volume).toContainText('leader /leader (rw)')
  await expect(volume).toContainText('follower /leader (rw)')
})

test('an unknown example says so and keeps the autosaved diagram', async ({ page }) => {
  await page.goto('/')
  const input = page.getByTestId('terminal-input')
  await input.fill('docker network create mine')
  await input.press('Enter')
  await expect(page.getByLabel('network mine', { exact: true })).toBeVisible()
  // The autosave runs shortly after a change.
  await expect(page.getByTestId('save-status')).toHaveText('Saved')
  await page.goto('/?example=nosuch')
  await expect(page.getByText('There is no example named "nosuch".')).toBeVisible()
  await expect(page.getByLabel('network mine', { exact: true })).toBeVisible()
})

test('a selected host can be resized, and keeps its size after a reload', async ({ page }) => {
  await page.goto('/?example=link')
  const host = page.locator('.react-flow__node-host')
  // The example's cards are drawn: the host clicked is the example's, not the blank world's.
  await expect(page.getByLabel('container web', { exact: true })).toBeVisible()
  await settled(page, host)
  await page.getByLabel('host default', { exact: true }).click({ position: { x: 40, y: 12 } })
  const before = await host.boundingBox()
  if (!before) throw new Error('no host')
  // Drags a resize line by (dx, dy) from a point on it away from the legend in the corner.
  const pull = async (
    line: string,
    at: (b: { x: number; y: number; width: number; height: number }) => [number, number],
    dx: number,
    dy: number,
  ) => {
    const b = await host.locator(`.react-flow__resize-control.line.${line}`).boundingBox()
    if (!b) throw new Error(`no ${line} resize line`)
    const [x, y] = at(b)
    await page.mouse.move(x, y)
    await page.mouse.down()
    await page.mouse.move(x + dx, y + dy, { steps: 6 })
    await page.mouse.up()
  }
  await pull('right', (b) => [b.x + b.width / 2, b.y + 40], 120, 0)
  await pull('bottom', (b) => [b.x + 60, b.y + b.height / 2], 0, 80)
  const after = await host.boundingBox()
  expect(after?.width ?? 0).toBeGreaterThan(before.width + 60)
  expect(after?.height ?? 0).toBeGreaterThan(before.height + 40)
  await page.screenshot({ path: 'e2e/screenshots/host-resized.png' })
  // The autosave keeps the size.
  await expect(page.getByTestId('save-status')).toHaveText('Saved')
  // Sizes in flow units: the screen size divided by the zoom.
  const flowWidth = () =>
    page.evaluate(() => {
      const node = document.querySelector<HTMLElement>('.react-flow__node-host')
      return node ? node.offsetWidth : 0
    })
  const resizedWidth = await flowWidth()
  // The autosave, not the example in the URL.
  await page.goto('/')
  await expect(page.getByLabel('host default', { exact: true })).toBeVisible()
  expect(await flowWidth()).toBe(resizedWidth)
})

test('visiting the benchmark page does not overwrite the autosaved diagram', async ({ page }) => {
  await page.goto('/')
  const input = page.getByTestId('terminal-input')
  await input.fill('docker network create mine')
  await input.press('Enter')
  await expect(page.getByTestId('save-status')).toHaveText('Saved')
  await page.goto('/?bench=100')
  await expect(page.locator('.react-flow__node-container')).toHaveCount(100)
  await page.goto('/')
  await expect(page.getByLabel('network mine', { exact: true })).toBeVisible()
})

test('an example, once opened, is the diagram: a reload keeps the edits made to it', async ({
  page,
}) => {
  await page.goto('/?example=link')
  await expect(page).toHaveURL(/\/$/)
  const input = page.getByTestId('terminal-input')
  await input.fill('docker run -d --name extra nginx')
  await input.press('Enter')
  await expect(page.getByLabel('container extra', { exact: true })).toBeVisible()
  await page.waitForTimeout(500)
  await page.reload()
  await expect(page.getByLabel('container extra', { exact: true })).toBeVisible()
  // New can be undone.
  await page.getByRole('button', { name: 'New diagram' }).click()
  await expect(page.getByLabel('container extra', { exact: true })).toHaveCount(0)
  await page.keyboard.press('Control+z')
  await expect(page.getByLabel('container extra', { exact: true })).toBeVisible()
})

test('a palette item lands where it is dropped', async ({ page }) => {
  await page.goto('/')
  const host = page.getByLabel('host default', { exact: true })
  await expect(host).toBeVisible()
  const box = await host.boundingBox()
  if (!box) throw new Error('no host')
  const target = { x: box.width - 220, y: box.height - 90 }
  await page.getByTestId('palette-container-redis').dragTo(host, { targetPosition: target })
  const card = page.getByLabel('container redis1', { exact: true })
  await expect(card).toBeVisible()
  // Where it was dropped in its host (the view may then pan to show the card whole).
  const offset = async () => {
    const [at, hostNow] = await Promise.all([card.boundingBox(), host.boundingBox()])
    const dx = Math.abs((at?.x ?? 0) - ((hostNow?.x ?? 0) + target.x))
    const dy = Math.abs((at?.y ?? 0) - ((hostNow?.y ?? 0) + target.y))
    return Math.max(dx, dy)
  }
  await expect.poll(offset).toBeLessThan(60)
})

test('a palette item can be added from the keyboard, without dragging', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByLabel('host default', { exact: true })).toBeVisible()
  await page.getByTestId('palette-container-nginx').focus()
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('container nginx1', { exact: true })).toBeVisible()
  await expect(page.getByTestId('status-line')).toHaveText('$ docker run -d --name nginx1 nginx')
})
