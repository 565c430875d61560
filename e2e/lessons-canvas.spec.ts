import { expect, test, type Locator, type Page } from '@playwright/test'
import { container, drawEdge, settled } from './helpers'
import { completeLesson } from './lesson-helpers'

// Every built-in lesson completed the way a user does it on the canvas, with no line typed into
// the terminal: palette drops, edges drawn between cards, the palette's edge modes, and the
// inspector's forms. A goal is checked against the world, so any world that meets it passes.

const host = (page: Page, name: string) => page.getByLabel(`host ${name}`, { exact: true })
const network = (page: Page, name: string) => page.getByLabel(`network ${name}`, { exact: true })
const status = (page: Page) => page.getByTestId('status-line')

/**
 * Selects a card with a click once it stands still, the legend folded first so that a card in
 * the canvas's bottom-right corner is not under it.
 */
async function select(page: Page, card: Locator) {
  const fold = page.getByRole('button', { name: 'Fold the legend' })
  if (await fold.isVisible()) await fold.click()
  await settled(page, card)
  await card.click()
}

/**
 * The container's Edit tab: `fill` changes its form, Apply runs the docker commands, and the
 * status line shows the last of them.
 */
async function editContainer(
  page: Page,
  name: string,
  fill: (form: Locator) => Promise<void>,
  ran: string | RegExp,
  card = container(page, name),
) {
  await select(page, card)
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible()
  await page.getByRole('tab', { name: 'Edit' }).click()
  const form = page.getByRole('form', { name: `Edit container ${name}` })
  await fill(form)
  await form.getByRole('button', { name: 'Apply', exact: true }).click()
  await expect(status(page)).toContainText(ran)
}

/** Selects the edge whose meaning starts with `label` (as screen readers hear it). */
async function selectEdge(page: Page, label: string) {
  const edge = page.locator(`.react-flow__edge[aria-label^="${label}"]`)
  await expect(edge).toHaveCount(1)
  await edge.click({ force: true })
  await expect(page.getByTestId('view-edge')).toContainText(label)
}

/** A link edge selected, given another alias in its form, applied. */
async function aliasLink(page: Page, label: string, alias: string) {
  await selectEdge(page, label)
  await page.getByTestId('edge-alias').fill(alias)
  await page.getByRole('button', { name: 'Apply (recreates the container)' }).click()
  await expect(status(page)).toContainText(`:${alias}`)
}

/** Drags a palette item onto an empty spot of a host, near its bottom-right corner. */
async function dropOnHost(page: Page, testId: string, hostName: string) {
  const card = host(page, hostName)
  await settled(page, card)
  const box = await card.boundingBox()
  if (!box) throw new Error(`no host ${hostName}`)
  await page
    .getByTestId(testId)
    .dragTo(card, { targetPosition: { x: box.width - 30, y: box.height - 30 } })
}

/** Draws a container-to-container edge in the palette's `mode`. */
async function drawIn(
  page: Page,
  mode: 'link' | 'joined' | 'volumes-from',
  from: string,
  to: string,
  ran: string | RegExp,
) {
  await page.getByTestId(`edge-mode-${mode}`).check()
  await drawEdge(page, container(page, from), container(page, to))
  await expect(status(page)).toContainText(ran)
}

test('links: a link drawn from web to db, then its alias changed to sql', async ({ page }) => {
  await completeLesson(page, 'links', async (i) => {
    if (i === 1) await drawIn(page, 'link', 'web', 'db', '--link db')
    else await aliasLink(page, 'link web to db', 'sql')
  })
})

test('link-env: a link drawn from web to db, then its alias changed to pg-main', async ({
  page,
}) => {
  await completeLesson(page, 'link-env', async (i) => {
    if (i === 0) await drawIn(page, 'link', 'web', 'db', '--link db')
    else await aliasLink(page, 'link web to db', 'pg-main')
  })
})

test('ambassador: two ambassadors dropped, linked, published, forwarded and aliased', async ({
  page,
}) => {
  await completeLesson(page, 'ambassador', async (i) => {
    if (i === 1) {
      // On vm2: an ambassador linked to mysql, publishing 3306.
      await dropOnHost(page, 'palette-container-svendowideit-ambassador', 'vm2')
      await expect(status(page)).toContainText('--name ambassador1 svendowideit/ambassador')
      await drawIn(page, 'link', 'ambassador1', 'mysql', '--link mysql')
      await editContainer(
        page,
        'ambassador1',
        (form) => form.getByTestId('form-publish').fill('3306:3306'),
        '-p 3306:3306',
      )
    } else {
      // Here: an ambassador forwarding to vm2's published port, wordpress linked to it as mysql.
      await dropOnHost(page, 'palette-container-svendowideit-ambassador', 'default')
      await expect(status(page)).toHaveText(
        '$ docker run -d --name ambassador1 svendowideit/ambassador',
      )
      await editContainer(
        page,
        'ambassador1',
        (form) => form.getByTestId('form-name').fill('ambassador2'),
        'docker rename ambassador1 ambassador2',
        // Not vm2's ambassador1, which publishes 3306.
        container(page, 'ambassador1').filter({ hasNotText: '3306→3306' }),
      )
      await page.getByRole('button', { name: 'Fit view' }).click()
      await drawEdge(page, container(page, 'ambassador2'), host(page, 'vm2'), true)
      await expect(status(page)).toContainText('_PORT_3306_TCP=tcp://192.168.1.11:3306')
      await drawIn(page, 'link', 'wordpress', 'ambassador2', '--link ambassador2')
      await aliasLink(page, 'link wordpress to ambassador2', 'mysql')
    }
  })
  await page.screenshot({ path: 'e2e/screenshots/lesson-ambassador-by-gestures.png' })
})

test('joined: sidecar joined to web1 by an edge in --net=container: mode', async ({ page }) => {
  await completeLesson(page, 'joined', async () => {
    await drawIn(page, 'joined', 'sidecar', 'web1', '--network container:web1')
  })
})

test('host-network: mysqlserver given the host network in its form', async ({ page }) => {
  await completeLesson(page, 'host-network', async () => {
    await editContainer(
      page,
      'mysqlserver',
      async (form) => {
        await form.getByTestId('form-network').selectOption('host')
      },
      '--network host',
    )
  })
})

test('ports: mysqlserver publishes 8066 in its form, then on 127.0.0.1 only', async ({ page }) => {
  await completeLesson(page, 'ports', async (i) => {
    const spec = i === 1 ? '8066:3306' : '127.0.0.1:8066:3306'
    await editContainer(
      page,
      'mysqlserver',
      (form) => form.getByTestId('form-publish').fill(spec),
      `-p ${spec}`,
    )
  })
})

test('icc: a busybox dropped, renamed admin, linked to db', async ({ page }) => {
  await completeLesson(page, 'icc', async () => {
    await dropOnHost(page, 'palette-container', 'default')
    await expect(status(page)).toHaveText('$ docker run -dit --name busybox1 busybox')
    await editContainer(
      page,
      'busybox1',
      (form) => form.getByTestId('form-name').fill('admin'),
      'docker rename busybox1 admin',
    )
    await drawIn(page, 'link', 'admin', 'db', '--link db')
  })
})

test('user-networks: a network dropped, renamed testnet, both joined; centos-1 aliased db', async ({
  page,
}) => {
  await completeLesson(page, 'user-networks', async (i) => {
    if (i === 1) {
      await dropOnHost(page, 'palette-bridge', 'default')
      await expect(status(page)).toHaveText('$ docker network create net1')
      await select(page, network(page, 'net1'))
      await page.getByTestId('network-name').fill('testnet')
      await page.getByRole('button', { name: 'Rename' }).click()
      await expect(network(page, 'testnet')).toBeVisible()
      for (const name of ['centos-1', 'centos-2']) {
        await drawEdge(page, container(page, name), network(page, 'testnet'))
        await expect(status(page)).toHaveText(`$ docker network connect testnet ${name}`)
      }
    } else {
      await editContainer(
        page,
        'centos-1',
        async (form) => {
          await form.getByTestId('form-network').selectOption('testnet')
          await form.getByTestId('form-aliases').fill('db')
        },
        '--network-alias db',
      )
    }
  })
})

test('static-ip: a network dropped, renamed my_net2, given a subnet; bbox1 on it at a fixed address', async ({
  page,
}) => {
  await completeLesson(page, 'static-ip', async () => {
    await dropOnHost(page, 'palette-bridge', 'default')
    await expect(status(page)).toHaveText('$ docker network create net1')
    await select(page, network(page, 'net1'))
    await page.getByTestId('network-name').fill('my_net2')
    await page.getByRole('button', { name: 'Rename' }).click()
    await select(page, network(page, 'my_net2'))
    await page.getByTestId('network-subnet').fill('172.22.16.0/24')
    await page.getByRole('button', { name: 'Change subnet' }).click()
    await expect(status(page)).toContainText(
      'docker network create --subnet 172.22.16.0/24 my_net2',
    )
    await dropOnHost(page, 'palette-container', 'default')
    await expect(status(page)).toHaveText('$ docker run -dit --name busybox1 busybox')
    await editContainer(
      page,
      'busybox1',
      async (form) => {
        await form.getByTestId('form-name').fill('bbox1')
        await form.getByTestId('form-network').selectOption('my_net2')
        await form.getByTestId('form-ip').fill('172.22.16.10')
      },
      '--network my_net2 --ip 172.22.16.10',
    )
    await drawEdge(page, container(page, 'bbox2'), network(page, 'my_net2'))
    await expect(status(page)).toHaveText('$ docker network connect my_net2 bbox2')
  })
})

test('volumes: backup takes web’s volumes by an edge; site bind-mounts /srv/site in its form', async ({
  page,
}) => {
  await completeLesson(page, 'volumes', async (i) => {
    if (i === 1) await drawIn(page, 'volumes-from', 'backup', 'web', '--volumes-from web')
    else {
      await dropOnHost(page, 'palette-container-nginx', 'default')
      await expect(status(page)).toHaveText('$ docker run -d --name nginx1 nginx')
      await editContainer(
        page,
        'nginx1',
        async (form) => {
          await form.getByTestId('form-name').fill('site')
          await form.getByTestId('form-volumes').fill('/srv/site:/usr/share/nginx/html')
        },
        'docker run -d --name site -v /srv/site:/usr/share/nginx/html nginx',
      )
      await page.screenshot({ path: 'e2e/screenshots/lesson-volumes-by-gestures.png' })
    }
  })
})

test('limits: web stopped and started again in its form, its link variables refreshed', async ({
  page,
}) => {
  await completeLesson(page, 'limits', async () => {
    await editContainer(
      page,
      'web',
      (form) => form.getByTestId('form-running').uncheck(),
      'docker stop web',
    )
    await editContainer(
      page,
      'web',
      (form) => form.getByTestId('form-running').check(),
      'docker start web',
    )
  })
})
