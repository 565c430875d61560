import { expect, test } from '@playwright/test'
import { container, overlayBadge, settled, type } from './helpers'

test('a cell reached by IP only says so, says why by name, and a fix applied makes it reach by name', async ({
  page,
}) => {
  await page.goto('/?example=link')
  await expect(page.getByLabel('container web', { exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'Reachability matrix' }).click()
  const matrix = page.getByTestId('reach-matrix')
  const cell = matrix.getByRole('button', { name: 'db reaches web' })
  // web linked db, not the other way: db reaches web only at its address.
  await expect(cell).toHaveText(/^#/)
  await cell.click()
  const proof = page.getByTestId('reach-proof')
  await expect(proof.getByRole('heading', { level: 3 })).toHaveText(
    '# db reaches web by IP address only',
  )
  const why = proof.getByTestId('why')
  await expect(why).toContainText('The name web does not resolve from db')
  await expect(why).toContainText('the default bridge has no embedded DNS')
  await expect(why).toContainText('resolv.conf of db: nameserver')
  const fixes = why.getByTestId('fix')
  await expect(fixes.first()).toContainText('docker rm -f db')
  await page.screenshot({ path: 'e2e/screenshots/why-fix.png' })

  await fixes.first().getByRole('button', { name: 'Apply' }).click()
  // The fix recreated db with --link web: the cell now reads ✓, and the terminal shows how.
  await expect(cell).toHaveText(/^✓/)
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('terminal-output')).toContainText(
    'docker run -d --name db --link web',
  )
})

test('a ping that fails in the terminal can be asked why, and its fix makes it work', async ({
  page,
}) => {
  await page.goto('/?example=link')
  await expect(page.getByLabel('container web', { exact: true })).toBeVisible()
  await type(page, 'docker run -dit --name probe busybox', 'docker exec probe ping -c 1 web')
  const output = page.getByTestId('terminal-output')
  await expect(output).toContainText("ping: bad address 'web'")
  await output.getByRole('button', { name: 'Why?' }).click()
  const dialog = page.getByTestId('why-dialog')
  await expect(dialog).toContainText('The name web does not resolve from probe')
  await expect(dialog).toContainText('What works instead: 172.17.0.3')
  await page.screenshot({ path: 'e2e/screenshots/why-terminal.png' })
  // The path, highlighted on the canvas: probe and web, and where they meet.
  await dialog.getByRole('button', { name: 'Show the path on the canvas' }).click()
  await expect(page.getByTestId('trace')).toContainText('probe → web')
  await expect(
    page.locator('.react-flow__node.dn-traced').getByLabel('container web', { exact: true }),
  ).toBeVisible()
  await type(page, 'docker exec probe ping -c 1 web')
  await page.getByTestId('terminal-output').getByRole('button', { name: 'Why?' }).last().click()
  const fix = dialog.getByTestId('fix').filter({ hasText: 'docker network create appnet' })
  await fix.getByRole('button', { name: 'Apply' }).click()
  await page.keyboard.press('Escape')
  await type(page, 'docker exec probe ping -c 1 web')
  await expect(output).toContainText('1 packets transmitted, 1 packets received')
  // The ping that works offers its walk: resolved by appnet's DNS, then across appnet.
  await output.getByRole('button', { name: 'Walk' }).click()
  const walk = dialog.getByTestId('packet-walk')
  await expect(walk).toContainText('web resolves to')
  await expect(walk.getByRole('listitem')).toHaveCount(2)
  await page.screenshot({ path: 'e2e/screenshots/walk-terminal.png' })
})

test('the packet walks the ambassador chain across two hosts, step by step', async ({ page }) => {
  await page.goto('/?example=ambassador')
  await expect(page.getByLabel('container wordpress', { exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'Reachability matrix' }).click()
  const matrix = page.getByTestId('reach-matrix')
  await matrix.getByRole('button', { name: 'wordpress reaches mysql' }).click()
  const walk = page.getByTestId('packet-walk')
  const steps = walk.getByRole('listitem')
  await expect(steps).toHaveCount(7)
  await expect(steps.nth(0)).toContainText('mysql resolves to 172.17.0.2')
  await expect(steps.nth(2)).toContainText('ambassador ambassador2 (socat)')
  const current = walk.locator('[aria-current="step"]')
  await expect(current).toContainText('mysql resolves')
  for (let i = 0; i < 3; i++) await walk.getByRole('button', { name: 'Step' }).click()
  await expect(current).toContainText('MASQUERADE')
  await expect(current).toContainText('now 192.168.1.10 → 192.168.1.11:3306')
  await walk.getByRole('button', { name: 'Back' }).click()
  await expect(current).toContainText('now 172.17.0.2 → 192.168.1.11:3306')
  await page.screenshot({ path: 'e2e/screenshots/packet-walk.png' })
  await walk.getByRole('button', { name: 'Play' }).click()
  await expect(walk.getByText('step 7 of 7')).toBeVisible({ timeout: 10_000 })
  await expect(current).toContainText('both on the default bridge')
  // The same way, drawn on the canvas: the trace names both ends and lights the ambassadors.
  await page.getByRole('button', { name: 'Show the path on the canvas' }).click()
  await expect(matrix).toHaveCount(0)
  await expect(page.getByTestId('trace')).toContainText('wordpress → mysql')
  await expect(page.getByTestId('trace')).toContainText('ambassador1')
  await page.screenshot({ path: 'e2e/screenshots/walk-on-canvas.png' })
  // Asked in the terminal, the walk on the canvas goes to mysql too, not to ambassador2 (the
  // container the name mysql means in wordpress).
  await page.getByRole('button', { name: 'Clear trace' }).click()
  await type(page, 'docker exec wordpress nc -z mysql 3306')
  await page.getByTestId('terminal-output').getByRole('button', { name: 'Walk' }).last().click()
  await page.getByRole('button', { name: 'Walk it on the canvas' }).click()
  const trace = page.getByTestId('trace')
  await expect(trace).toContainText('wordpress → mysql: reachable')
  // Asked for, the walk opens at once, its first step marked on the canvas.
  await expect(trace.getByText('step 1 of 7')).toBeVisible()
  await expect(page.locator('.react-flow__node.dn-packet')).toHaveCount(1)
  await page.screenshot({ path: 'e2e/screenshots/walk-asked-on-canvas.png' })
})

test('in a big world, fixes are looked for when asked, not on every cell', async ({ page }) => {
  await page.goto('/?bench=60')
  await expect(page.locator('.react-flow__node-container')).toHaveCount(60)
  await page.getByRole('button', { name: 'Reachability matrix' }).click()
  const matrix = page.getByTestId('reach-matrix')
  await matrix.locator('[data-testid^="cell-"]').filter({ hasText: /^[✗#]/ }).first().click()
  const why = page.getByTestId('why')
  await expect(why).toBeVisible()
  await expect(why.getByTestId('fix')).toHaveCount(0)
  await why.getByRole('button', { name: 'Find the smallest fix' }).click()
  await expect(why.getByTestId('fix').or(why.getByTestId('no-fix')).first()).toBeVisible({
    timeout: 15_000,
  })
})

test('a command Docker refuses can be asked why: the rule, who holds the port, and a fix that runs it', async ({
  page,
}) => {
  await page.goto('/')
  await type(
    page,
    'docker run -d --name front -p 8080:80 nginx',
    'docker run -d --name back -p 8080:80 nginx',
  )
  const output = page.getByTestId('terminal-output')
  await expect(output).toContainText('port is already allocated')
  await output.getByRole('button', { name: 'Why?' }).click()
  const dialog = page.getByTestId('why-dialog')
  await expect(dialog).toContainText('A host port is bound once per address on a host')
  await expect(dialog).toContainText('docker-proxy for front already listens on 0.0.0.0:8080')
  await expect(dialog).toContainText('0.0.0.0:8080->80/tcp   front')
  const fix = dialog.getByTestId('fix').first()
  await expect(fix).toContainText('docker run -d --name back -p 8081:80 nginx')
  await page.screenshot({ path: 'e2e/screenshots/why-refused.png' })
  await fix.getByRole('button', { name: 'Apply' }).click()
  await page.keyboard.press('Escape')
  // The leftover created container went, and back runs, published on 8081.
  await expect(page.getByLabel('container back', { exact: true })).toContainText('8081')
  await expect(page.getByTestId('status-line')).toHaveText(
    '$ docker rm back && docker run -d --name back -p 8081:80 nginx',
  )
})

test('a ✗ on a card, and a row of the Reach tab, can be asked why: the matrix opens on the pair', async ({
  page,
}) => {
  await page.goto('/?example=icc')
  await page.getByLabel('container stranger', { exact: true }).click()
  await (
    await overlayBadge(page, container(page, 'db'), 'Why is db not reachable from stranger?')
  ).click()
  const proof = page.getByTestId('reach-proof')
  await expect(proof.getByRole('heading', { level: 3 })).toHaveText('✗ stranger does not reach db')
  await expect(proof.getByTestId('why')).toContainText('icc=false drops traffic between containers')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('reach-matrix')).toHaveCount(0)
  // The card under the badge was not selected by the click: stranger still is.
  await expect(page.getByRole('heading', { name: 'stranger' })).toBeVisible()
  await page.getByRole('tab', { name: 'Reach' }).click()
  await page.getByRole('button', { name: 'Why, db' }).click()
  await expect(proof.getByRole('heading', { level: 3 })).toHaveText('✗ stranger does not reach db')
})

test('a diagnostic can be asked why, and its fix applied from there', async ({ page }) => {
  await page.goto('/?example=link')
  await expect(page.getByLabel('container web', { exact: true })).toBeVisible()
  await type(page, 'docker stop db', 'docker stop web')
  await page.getByRole('button', { name: 'Diagnostics: 1 problem, 1 note', exact: true }).click()
  await page.getByTestId('diagnostics').getByRole('button', { name: 'Why?' }).first().click()
  const dialog = page.getByTestId('why-dialog')
  await expect(dialog).toContainText('A link is made when the container starts')
  await expect(dialog).toContainText('training/postgres   exited   db')
  const fix = dialog.getByTestId('fix').first()
  await expect(fix).toContainText('docker start db\ndocker start web')
  await page.screenshot({ path: 'e2e/screenshots/why-diagnostic.png' })
  await fix.getByRole('button', { name: 'Apply' }).click()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('button', { name: 'Diagnostics: 0 problems' })).toBeVisible()
})

test('a problem Docker does not report can be asked why: link variables frozen at start', async ({
  page,
}) => {
  await page.goto('/?example=link')
  await expect(page.getByLabel('container web', { exact: true })).toBeVisible()
  await type(page, 'docker stop db', 'docker run -dit --name squatter busybox', 'docker start db')
  await page.getByRole('button', { name: 'Diagnostics: 1 problem' }).click()
  await page.getByTestId('diagnostics').getByRole('button', { name: 'Why?' }).click()
  const dialog = page.getByTestId('why-dialog')
  await expect(dialog).toContainText(
    "rewrote the db line of web's /etc/hosts, but never the variables",
  )
  await expect(dialog).toContainText('web: DB_PORT=tcp://172.17.0.2:5432')
  await expect(dialog).toContainText('squatter holds 172.17.0.2 now')
  const fix = dialog.getByTestId('fix').first()
  await expect(fix).toContainText('docker restart web')
  await page.screenshot({ path: 'e2e/screenshots/why-note.png' })
  await fix.getByRole('button', { name: 'Apply' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('terminal-output')).toContainText(
    'root@default:~# docker restart web',
  )
  await expect(page.getByRole('button', { name: 'Diagnostics: 0 problems' })).toBeVisible()
})

test('a gesture Docker refuses can be asked why from its message', async ({ page }) => {
  await page.goto('/?example=ambassador')
  const wordpress = page.getByLabel('container wordpress', { exact: true })
  await expect(wordpress).toBeVisible()
  const start = await wordpress.locator('xpath=..').locator('.react-flow__handle').boundingBox()
  const end = await page.getByLabel('container mysql', { exact: true }).boundingBox()
  if (!start || !end) throw new Error('cards not drawn')
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2)
  await page.mouse.down()
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 8 })
  await page.mouse.up()
  const toast = page.getByTestId('toast')
  await expect(toast).toContainText('could not get container for mysql')
  await toast.getByRole('button', { name: 'Why?' }).click()
  const dialog = page.getByTestId('why-dialog')
  await expect(dialog).toContainText('Links never cross hosts')
  await expect(dialog).toContainText('mysql runs on host vm2')
  await page.screenshot({ path: 'e2e/screenshots/why-gesture.png' })
})

test('a trace walks its packet on the canvas, hop by hop, through both ambassadors', async ({
  page,
}) => {
  await page.goto('/?example=ambassador')
  await page.getByLabel('container wordpress', { exact: true }).click()
  await page.getByRole('tab', { name: 'Reach' }).click()
  await page.getByRole('button', { name: 'Trace to mysql' }).click()
  const trace = page.getByTestId('trace')
  await trace.getByText('Walk the packet on the canvas, hop by hop').click()
  const here = (name: string) =>
    page.locator('.react-flow__node.dn-packet').getByLabel(`container ${name}`, { exact: true })
  // Step 1: the name is resolved inside wordpress.
  await expect(here('wordpress')).toBeVisible()
  await expect(page.locator('.react-flow__node.dn-packet')).toHaveCount(1)
  const step = trace.getByRole('button', { name: 'Step' })
  const seen = new Set<string>()
  while (await step.isEnabled()) {
    await step.click()
    for (const name of ['ambassador1', 'ambassador2', 'mysql'])
      if ((await here(name).count()) > 0) seen.add(name)
  }
  expect([...seen].sort()).toEqual(['ambassador1', 'ambassador2', 'mysql'])
  await page.screenshot({ path: 'e2e/screenshots/trace-walk.png' })
  // Folded, the walk leaves the canvas unmarked.
  await trace.getByText('Walk the packet on the canvas, hop by hop').click()
  await expect(page.locator('.react-flow__node.dn-packet')).toHaveCount(0)
})

test('a fix is previewed on the canvas as ghosts, then applied or cancelled', async ({ page }) => {
  await page.goto('/')
  await type(
    page,
    'docker run -d --name db training/postgres',
    'docker run -dit --name web busybox',
    'docker exec web ping -c 1 db',
  )
  await page.getByTestId('terminal-output').getByRole('button', { name: 'Why?' }).click()
  const dialog = page.getByTestId('why-dialog')
  const fix = dialog.getByTestId('fix').filter({ hasText: 'docker network create appnet' })
  await fix.getByRole('button', { name: 'Preview on the canvas' }).click()
  await expect(dialog).toHaveCount(0)
  const banner = page.getByTestId('fix-preview')
  await expect(banner).toContainText('Preview: put web and db on a new user-defined network')
  await expect(page.getByLabel('would add network appnet')).toBeVisible()
  await page.screenshot({ path: 'e2e/screenshots/fix-preview-folded.png' })
  await banner.getByText('Preview:').click()
  await expect(banner).toContainText('docker network create appnet')
  // The network it adds is a ghost, joined by dashed edges to both containers.
  await expect(page.getByLabel('would add network appnet')).toBeVisible()
  await expect(page.locator('.react-flow__edge.dn-ghost')).toHaveCount(2)
  await expect(page.locator('.react-flow__node.dn-changed')).toHaveCount(2)
  await page.screenshot({ path: 'e2e/screenshots/fix-preview.png' })
  await banner.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByLabel('would add network appnet')).toHaveCount(0)
  await expect(page.getByLabel('network appnet', { exact: true })).toHaveCount(0)

  await page.getByTestId('terminal-output').getByRole('button', { name: 'Why?' }).click()
  await fix.getByRole('button', { name: 'Preview on the canvas' }).click()
  await banner.getByRole('button', { name: 'Apply' }).click()
  await expect(page.getByLabel('network appnet', { exact: true })).toBeVisible()
  await expect(page.locator('.react-flow__node.dn-changed')).toHaveCount(0)
  await expect(page.getByTestId('status-line')).toHaveText(
    '$ docker network create appnet && docker network connect appnet web && docker network connect appnet db',
  )
})

test('the overlay marks a card reached by IP address only with #, as the matrix does', async ({
  page,
}) => {
  await page.goto('/?example=link')
  const db = page.getByLabel('container db', { exact: true })
  // The view fits the example as it opens: a click before then may land beside the card.
  await settled(page, db)
  await db.click()
  // web linked db, not the other way: db reaches web only at its address.
  const badge = await overlayBadge(
    page,
    container(page, 'web'),
    'Why is web reachable by IP address only from db?',
  )
  await expect(badge).toHaveText('#')
  await page.screenshot({ path: 'e2e/screenshots/overlay-by-ip.png' })
  await badge.click()
  await expect(page.getByTestId('reach-proof').getByRole('heading', { level: 3 })).toHaveText(
    '# db reaches web by IP address only',
  )
  await page.keyboard.press('Escape')
  // The Reach tab's row says so too, and the trace to web says which name fails.
  await page.getByRole('tab', { name: 'Reach' }).click()
  const row = page.getByTestId('view-reach').getByRole('listitem').filter({ hasText: 'web' })
  await expect(row.getByRole('img', { name: 'reachable by IP address only' })).toBeVisible()
  await row.getByRole('button', { name: 'Trace to web' }).click()
  await expect(page.getByTestId('trace')).toContainText(
    'db → web: by IP address only, not by the name web',
  )
})

test('a connection that works in the terminal walks through docker-proxy and DNAT, in the dialog and on the canvas', async ({
  page,
}) => {
  await page.goto('/?example=ports')
  await expect(page.getByLabel('container client', { exact: true })).toBeVisible()
  await type(page, 'docker exec client nc -z 192.168.1.10 8066')
  await page.getByTestId('terminal-output').getByRole('button', { name: 'Walk' }).click()
  const walk = page.getByTestId('why-dialog').getByTestId('packet-walk')
  await expect(walk).toContainText('-p 8066:3306 publishes it on host default (0.0.0.0:8066)')
  await expect(walk).toContainText('docker-proxy / DNAT forwards 192.168.1.10:8066 to 3306/tcp')
  await expect(walk).toContainText('now 172.17.0.3 → 172.17.0.2:3306')
  await page.getByRole('button', { name: 'Walk it on the canvas' }).click()
  const trace = page.getByTestId('trace')
  await expect(trace).toContainText('client → mysqlserver')
  await expect(page.locator('.react-flow__node.dn-packet').first()).toBeVisible()
})

test('a curl that connects to a server speaking no HTTP says the network is not to blame', async ({
  page,
}) => {
  await page.goto('/?example=link')
  await expect(page.getByLabel('container web', { exact: true })).toBeVisible()
  await type(page, 'docker exec web curl -s db:5432')
  const output = page.getByTestId('terminal-output')
  await output.getByRole('button', { name: 'Why?' }).last().click()
  const dialog = page.getByTestId('why-dialog')
  await expect(dialog).toContainText('web reaches db:5432')
  await expect(dialog.getByTestId('exchange-failed')).toContainText(
    'what failed is the exchange over it, not the network',
  )
})
