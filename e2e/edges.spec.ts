import { expect, test, type Page } from '@playwright/test'
import { container, drawEdge, overlayBadge, type } from './helpers'

/** db and web typed in the terminal, and link chosen as the container-to-container edge. */
async function dbAndWeb(page: Page) {
  await page.goto('/')
  await type(
    page,
    'docker run -d --name db training/postgres',
    'docker run -d --name web training/webapp python app.py',
  )
  await expect(container(page, 'web')).toBeVisible()
  await page.getByTestId('edge-mode-link').check()
}

/** The status line once web is linked to db. */
const LINKED =
  '$ docker rm -f web && docker run -d --name web --link db training/webapp python app.py'

test('drawing a link recreates the container with --link and /etc/hosts changes', async ({
  page,
}) => {
  await dbAndWeb(page)
  await drawEdge(page, container(page, 'web'), container(page, 'db'))
  await expect(page.getByTestId('status-line')).toHaveText(LINKED)
  const label = page.locator('.react-flow__edgelabel-renderer').getByText('db:db', { exact: true })
  await expect(label).toHaveCount(1)
  await container(page, 'web').click()
  await expect(page.getByTestId('view-hosts')).toContainText(/172\.17\.0\.2\s+db [0-9a-f]{12}/)
  await page.getByRole('tab', { name: 'Env' }).click()
  await expect(page.getByTestId('view-env')).toContainText('DB_PORT_5432_TCP=tcp://172.17.0.2:5432')
  await page.getByRole('tab', { name: 'docker run' }).click()
  await expect(page.getByTestId('view-run')).toHaveText(
    'docker run -d --name web --link db training/webapp python app.py',
  )
  await page.screenshot({ path: 'e2e/screenshots/edge-link.png' })
  await page.keyboard.press('Control+z')
  await expect(label).toHaveCount(0)
})

test('a click on one handle, then on another, draws the edge too (no drag needed)', async ({
  page,
}) => {
  await dbAndWeb(page)
  const handle = (name: string) =>
    container(page, name).locator('xpath=..').locator('.react-flow__handle')
  await handle('web').click()
  await handle('db').click()
  await expect(page.getByTestId('status-line')).toHaveText(LINKED)
})

test('a link across hosts is refused with Docker’s error and nothing changes', async ({ page }) => {
  await page.goto('/?example=ambassador')
  await expect(container(page, 'wordpress')).toBeVisible()
  const edges = await page.locator('.react-flow__edge').count()
  await drawEdge(page, container(page, 'wordpress'), container(page, 'mysql'))
  await expect(page.getByTestId('toast')).toContainText('Error response from daemon')
  await expect(page.getByTestId('toast')).toContainText('mysql')
  await expect(page.locator('.react-flow__edge')).toHaveCount(edges)
  await page.screenshot({ path: 'e2e/screenshots/edge-refused.png' })
})

test('joins, --volumes-from and mounts are drawn as their own edges', async ({ page }) => {
  await page.goto('/')
  await type(
    page,
    'docker volume create shared',
    'docker run -d --name web1 httpd',
    'docker run -dit --name sidecar busybox',
    'docker run -dit --name leader -v shared:/leader busybox',
    'docker run -dit --name follower busybox',
  )
  await expect(container(page, 'follower')).toBeVisible()
  await page.getByRole('button', { name: 'Fit view' }).click()
  await page.getByTestId('edge-mode-joined').check()
  await drawEdge(page, container(page, 'sidecar'), container(page, 'web1'))
  await expect(page.getByTestId('status-line')).toContainText('--network container:web1')
  await page.getByTestId('edge-mode-volumes-from').check()
  await drawEdge(page, container(page, 'follower'), container(page, 'leader'))
  await expect(page.getByTestId('status-line')).toContainText('--volumes-from leader')
  await drawEdge(
    page,
    container(page, 'follower'),
    page.getByLabel('volume shared', { exact: true }),
  )
  await expect(page.getByTestId('status-line')).toContainText('-v shared:/data')
  const labels = page.locator('.react-flow__edgelabel-renderer')
  // Two mounts of one volume share one edge and one label.
  for (const label of ['container:web1', 'volumes-from', '/data (rw), /leader (rw)'])
    await expect(labels.getByText(label, { exact: true }).first()).toBeVisible()
  await page.screenshot({ path: 'e2e/screenshots/edge-kinds.png' })
})

test('the container form edits what docker run said; Docker refuses what it refuses', async ({
  page,
}) => {
  await page.goto('/')
  await type(page, 'docker network create backend', 'docker run -d --name web nginx')
  await container(page, 'web').click()
  await page.getByRole('tab', { name: 'Edit' }).click()
  await page.getByTestId('form-publish').fill('8080:80')
  await page.getByTestId('form-network').selectOption('backend')
  await page.getByTestId('form-aliases').fill('www')
  await page.getByRole('button', { name: 'Apply' }).click()
  await expect(page.getByTestId('status-line')).toContainText(
    'docker run -d --name web --network backend --network-alias www -p 8080:80 nginx',
  )
  await expect(container(page, 'web')).toContainText('-p 8080→80')
  await expect(container(page, 'web')).toContainText('backend 172.18.0.2')
  await page.screenshot({ path: 'e2e/screenshots/container-form.png' })
  await page.getByRole('tab', { name: 'Edit' }).click()
  await page.getByTestId('form-publish').fill('99999:80')
  await page.getByRole('button', { name: 'Apply' }).click()
  await expect(page.getByTestId('toast')).toContainText('invalid hostPort: 99999')
  await expect(container(page, 'web')).toContainText('-p 8080→80')
  await page.getByRole('tab', { name: 'Inspect' }).click()
  await expect(page.getByTestId('view-inspect')).toContainText('"Name": "/web"')
})

test('Ctrl+D duplicates a container; Ctrl+C and Ctrl+V copy and paste it', async ({ page }) => {
  await page.goto('/?example=user-bridge-dns')
  await container(page, 'centos-1').click()
  await page.keyboard.press('Control+d')
  await expect(container(page, 'centos-1-2')).toBeVisible()
  await expect(page.getByTestId('status-line')).toHaveText(
    '$ docker run -dit --name centos-1-2 --network testnet --network-alias db centos',
  )
  await container(page, 'outsider').click()
  await page.keyboard.press('Control+c')
  await page.keyboard.press('Control+v')
  await expect(container(page, 'outsider-2')).toBeVisible()
  await page.screenshot({ path: 'e2e/screenshots/duplicate.png' })
})

test('the overlay marks who the selected container reaches; a trace follows the ambassadors', async ({
  page,
}) => {
  await page.goto('/?example=icc')
  await container(page, 'stranger').click()
  const blocked = await overlayBadge(
    page,
    container(page, 'db'),
    'Why is db not reachable from stranger?',
  )
  await expect(blocked).toHaveText('✗')
  await expect(blocked).toHaveAttribute('title', /^icc is disabled on this bridge/)
  // The badges follow the cards: db dragged elsewhere, its badge stands on its new corner.
  const db = await container(page, 'db').boundingBox()
  if (!db) throw new Error('db is not on screen')
  await page.mouse.move(db.x + 30, db.y + 10)
  await page.mouse.down()
  await page.mouse.move(db.x + 150, db.y + 70, { steps: 6 })
  await page.mouse.up()
  expect((await container(page, 'db').boundingBox())?.x).not.toBe(db.x)
  await container(page, 'stranger').click()
  await overlayBadge(page, container(page, 'db'), 'Why is db not reachable from stranger?')
  // The inspector's panel loads on the first selection: the screenshot shows both.
  await expect(page.getByRole('heading', { name: 'stranger' })).toBeVisible()
  await page.screenshot({ path: 'e2e/screenshots/overlay.png' })

  await page.goto('/?example=ambassador')
  await container(page, 'wordpress').click()
  await expect(
    await overlayBadge(page, container(page, 'mysql'), 'Why is mysql reachable from wordpress?'),
  ).toHaveText('✓')
  await page.getByRole('tab', { name: 'Reach' }).click()
  await page.getByRole('button', { name: 'Trace to mysql' }).click()
  const trace = page.getByTestId('trace')
  await expect(trace).toContainText('wordpress → mysql: reachable')
  await trace.getByText('rules on the way').click()
  await expect(trace).toContainText(
    'ambassador ambassador2 (socat) listens on 3306 and forwards to 192.168.1.11:3306',
  )
  // The whole chain lights up: every card on the way, both hosts, and the edges between them
  // (wordpress's link and bridge attachments, ambassador2's forward, ambassador1's link and
  // attachments, mysql's attachment); nothing else.
  const traced = page.locator('.react-flow__node.dn-traced')
  for (const name of ['wordpress', 'ambassador2', 'ambassador1', 'mysql'])
    await expect(traced.filter({ has: container(page, name) })).toHaveCount(1)
  for (const host of ['default', 'vm2'])
    await expect(
      traced.filter({ has: page.getByLabel(`host ${host}`, { exact: true }) }),
    ).toHaveCount(1)
  await expect(traced).toHaveCount(8)
  await expect(page.locator('.react-flow__edge.dn-traced')).toHaveCount(7)
  await expect(page.locator('.react-flow__edge.dn-dimmed')).toHaveCount(0)
  await page.screenshot({ path: 'e2e/screenshots/trace.png' })
  // Folded again, the rules leave the whole lit chain in view.
  await trace.getByText('rules on the way').click()
  await page.screenshot({ path: 'e2e/screenshots/trace-chain.png' })
  await page.getByRole('button', { name: 'Clear trace' }).click()
  await expect(trace).toHaveCount(0)
})

test('a container dragged onto another host moves there; a linked one is refused', async ({
  page,
}) => {
  await page.goto('/')
  await type(
    page,
    'docker context create vm2 --docker host=tcp://192.168.1.11:2375',
    'docker run -d --name db training/postgres',
    'docker run -d --name web --link db training/webapp python app.py',
    'docker run -d --name cache -p 6379:6379 redis',
  )
  await expect(container(page, 'cache')).toBeVisible()
  await page.getByRole('button', { name: 'Fit view' }).click()
  const dragOnto = async (name: string) => {
    const from = await container(page, name).boundingBox()
    const to = await page.getByLabel('host vm2', { exact: true }).boundingBox()
    if (!from || !to) throw new Error('no card or host')
    await page.mouse.move(from.x + 20, from.y + 10)
    await page.mouse.down()
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 10 })
    await page.mouse.up()
  }
  await dragOnto('cache')
  await expect(page.getByTestId('status-line')).toHaveText(
    '$ docker rm -f cache && docker --context vm2 run -d --name cache -p 6379:6379 redis',
  )
  await container(page, 'cache').click()
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toContainText('host vm2')
  await dragOnto('db')
  await expect(page.getByTestId('toast')).toContainText('db cannot move to vm2: web links to it')
  await page.screenshot({ path: 'e2e/screenshots/move-host.png' })
})

test('attaching to a network by a drop or an edge: DNS and Reach change at once', async ({
  page,
}) => {
  await page.goto('/?example=user-bridge-dns')
  const testnet = page.getByLabel('network testnet', { exact: true })
  await expect(testnet).toBeVisible()
  // A container dropped onto a network is run on it.
  await page.getByTestId('palette-container-nginx').dragTo(testnet)
  await expect(page.getByTestId('status-line')).toHaveText(
    '$ docker run -d --name nginx1 --network testnet nginx',
  )
  // The outsider resolves nobody on testnet, until an edge connects it.
  await container(page, 'outsider').click()
  await page.getByRole('tab', { name: 'DNS' }).click()
  await expect(page.getByTestId('view-dns')).not.toContainText('centos-1')
  await page.getByRole('tab', { name: 'Reach' }).click()
  await expect(page.getByRole('button', { name: 'Trace to centos-1' })).toBeVisible()
  const reach = page.getByTestId('view-reach')
  await expect(reach.getByRole('listitem').filter({ hasText: 'centos-1' })).toContainText(
    /no shared network/,
  )
  await drawEdge(page, container(page, 'outsider'), testnet)
  await expect(page.getByTestId('status-line')).toHaveText(
    '$ docker network connect testnet outsider',
  )
  await page.getByRole('tab', { name: 'DNS' }).click()
  await expect(page.getByTestId('view-dns')).toContainText('centos-1')
  await expect(page.getByTestId('view-dns')).toContainText('db')
  await page.getByRole('tab', { name: 'Reach' }).click()
  await expect(reach.getByRole('listitem').filter({ hasText: 'centos-1' })).not.toContainText(
    /no shared network/,
  )
  // Undo and redo the connection.
  await page.keyboard.press('Control+z')
  await expect(reach.getByRole('listitem').filter({ hasText: 'centos-1' })).toContainText(
    /no shared network/,
  )
  await page.keyboard.press('Control+Shift+z')
  await expect(reach.getByRole('listitem').filter({ hasText: 'centos-1' })).not.toContainText(
    /no shared network/,
  )
})

test('an ambassador drawn onto another host forwards to the port it publishes', async ({
  page,
}) => {
  await page.goto('/?example=ambassador')
  await type(page, 'docker run -d --name amb3 svendowideit/ambassador')
  await expect(container(page, 'amb3')).toBeVisible()
  await page.getByRole('button', { name: 'Fit view' }).click()
  await drawEdge(page, container(page, 'amb3'), page.getByLabel('host vm2', { exact: true }), true)
  await expect(page.getByTestId('status-line')).toContainText(
    '--expose 3306 -e AMBASSADOR1_PORT_3306_TCP=tcp://192.168.1.11:3306 svendowideit/ambassador',
  )
})
