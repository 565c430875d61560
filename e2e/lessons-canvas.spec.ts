import { expect, test, type Locator, type Page } from '@playwright/test'
import { container as containerCard, drawEdge, settled } from './helpers'
import { completeLesson } from './lesson-helpers'
import { LANGS, WORDS, type Lang } from './lesson-words'

// Every built-in lesson completed the way a user does it on the canvas, with no line typed into
// the terminal: palette drops, edges drawn between cards, the palette's edge modes, and the
// inspector's forms. A goal is checked against the world, so any world that meets it passes.
// Each lesson runs in each language of the interface; the status line's docker commands are
// Docker's, the same in both.

/** The canvas and inspector gestures the lessons need, found by the words of `lang`. */
function gestures(page: Page, lang: Lang) {
  const w = WORDS[lang]
  const host = (name: string) => page.getByLabel(w.host(name), { exact: true })
  const network = (name: string) => page.getByLabel(w.network(name), { exact: true })
  const container = (name: string) => containerCard(page, name, lang)
  const status = () => page.getByTestId('status-line')

  /**
   * Selects a card with a click once it stands still, the legend folded first so that a card in
   * the canvas's bottom-right corner is not under it.
   */
  async function select(card: Locator) {
    const fold = page.getByRole('button', { name: w.foldLegend })
    if (await fold.isVisible()) await fold.click()
    await settled(page, card)
    await card.click()
  }

  /**
   * The container's Edit tab: `fill` changes its form, Apply runs the docker commands, and the
   * status line shows the last of them.
   */
  async function editContainer(
    name: string,
    fill: (form: Locator) => Promise<void>,
    ran: string | RegExp,
    card = container(name),
  ) {
    await select(card)
    await expect(page.getByRole('heading', { name, exact: true })).toBeVisible()
    await page.getByRole('tab', { name: w.editTab }).click()
    const form = page.getByRole('form', { name: w.editContainer(name) })
    await fill(form)
    await form.getByRole('button', { name: w.apply, exact: true }).click()
    await expect(status()).toContainText(ran)
  }

  /** Selects the link edge from `from` to `to` (its meaning, as screen readers hear it). */
  async function selectLink(from: string, to: string) {
    const label = w.link(from, to)
    const edge = page.locator(`.react-flow__edge[aria-label^="${label}"]`)
    await expect(edge).toHaveCount(1)
    await edge.click({ force: true })
    await expect(page.getByTestId('view-edge')).toContainText(label)
  }

  /** A link edge selected, given another alias in its form, applied. */
  async function aliasLink(from: string, to: string, alias: string) {
    await selectLink(from, to)
    await page.getByTestId('edge-alias').fill(alias)
    await page.getByRole('button', { name: w.applyRecreates }).click()
    await expect(status()).toContainText(`:${alias}`)
  }

  /** Drags a palette item onto an empty spot of a host, near its bottom-right corner. */
  async function dropOnHost(testId: string, hostName: string) {
    const card = host(hostName)
    await settled(page, card)
    const box = await card.boundingBox()
    if (!box) throw new Error(`no host ${hostName}`)
    await page
      .getByTestId(testId)
      .dragTo(card, { targetPosition: { x: box.width - 30, y: box.height - 30 } })
  }

  /** Draws a container-to-container edge in the palette's `mode`. */
  async function drawIn(
    mode: 'link' | 'joined' | 'volumes-from',
    from: string,
    to: string,
    ran: string | RegExp,
  ) {
    await page.getByTestId(`edge-mode-${mode}`).check()
    await drawEdge(page, container(from), container(to))
    await expect(status()).toContainText(ran)
  }

  /** A network selected, given a new name in its form. */
  async function renameNetwork(name: string, to: string) {
    await select(network(name))
    await page.getByTestId('network-name').fill(to)
    await page.getByRole('button', { name: w.rename }).click()
    await expect(network(to)).toBeVisible()
  }

  /** A screenshot into e2e/screenshots, its name marked with the language but in English. */
  const screenshot = (name: string) =>
    page.screenshot({ path: `e2e/screenshots/${name}${lang === 'en' ? '' : `-${lang}`}.png` })

  return {
    page,
    w,
    host,
    network,
    container,
    status,
    select,
    editContainer,
    aliasLink,
    dropOnHost,
    drawIn,
    renameNetwork,
    screenshot,
  }
}

type Gestures = ReturnType<typeof gestures>

/** The lessons, each with the gestures that reach its goal steps (`i` is the step's index). */
const LESSONS: readonly {
  readonly id: string
  readonly title: string
  readonly goal: (g: Gestures, i: number) => Promise<void>
}[] = [
  {
    id: 'links',
    title: 'links: a link drawn from web to db, then its alias changed to sql',
    goal: async (g, i) => {
      if (i === 1) await g.drawIn('link', 'web', 'db', '--link db')
      else await g.aliasLink('web', 'db', 'sql')
    },
  },
  {
    id: 'link-env',
    title: 'link-env: a link drawn from web to db, then its alias changed to pg-main',
    goal: async (g, i) => {
      if (i === 0) await g.drawIn('link', 'web', 'db', '--link db')
      else await g.aliasLink('web', 'db', 'pg-main')
    },
  },
  {
    id: 'ambassador',
    title: 'ambassador: two ambassadors dropped, linked, published, forwarded and aliased',
    goal: async (g, i) => {
      if (i === 1) {
        // On vm2: an ambassador linked to mysql, publishing 3306.
        await g.dropOnHost('palette-container-svendowideit-ambassador', 'vm2')
        await expect(g.status()).toContainText('--name ambassador1 svendowideit/ambassador')
        await g.drawIn('link', 'ambassador1', 'mysql', '--link mysql')
        await g.editContainer(
          'ambassador1',
          (form) => form.getByTestId('form-publish').fill('3306:3306'),
          '-p 3306:3306',
        )
      } else {
        // Here: an ambassador forwarding to vm2's published port, wordpress linked to it as mysql.
        await g.dropOnHost('palette-container-svendowideit-ambassador', 'default')
        await expect(g.status()).toHaveText(
          '$ docker run -d --name ambassador1 svendowideit/ambassador',
        )
        await g.editContainer(
          'ambassador1',
          (form) => form.getByTestId('form-name').fill('ambassador2'),
          'docker rename ambassador1 ambassador2',
          // Not vm2's ambassador1, which publishes 3306.
          g.container('ambassador1').filter({ hasNotText: '3306→3306' }),
        )
        await g.page.getByRole('button', { name: g.w.fitView }).click()
        await drawEdge(g.page, g.container('ambassador2'), g.host('vm2'), true)
        await expect(g.status()).toContainText('_PORT_3306_TCP=tcp://192.168.1.11:3306')
        await g.drawIn('link', 'wordpress', 'ambassador2', '--link ambassador2')
        await g.aliasLink('wordpress', 'ambassador2', 'mysql')
        await g.screenshot('lesson-ambassador-by-gestures')
      }
    },
  },
  {
    id: 'joined',
    title: 'joined: sidecar joined to web1 by an edge in --net=container: mode',
    goal: (g) => g.drawIn('joined', 'sidecar', 'web1', '--network container:web1'),
  },
  {
    id: 'host-network',
    title: 'host-network: mysqlserver given the host network in its form',
    goal: (g) =>
      g.editContainer(
        'mysqlserver',
        async (form) => {
          await form.getByTestId('form-network').selectOption('host')
        },
        '--network host',
      ),
  },
  {
    id: 'ports',
    title: 'ports: mysqlserver publishes 8066 in its form, then on 127.0.0.1 only',
    goal: (g, i) => {
      const spec = i === 1 ? '8066:3306' : '127.0.0.1:8066:3306'
      return g.editContainer(
        'mysqlserver',
        (form) => form.getByTestId('form-publish').fill(spec),
        `-p ${spec}`,
      )
    },
  },
  {
    id: 'icc',
    title: 'icc: a busybox dropped, renamed admin, linked to db',
    goal: async (g) => {
      await g.dropOnHost('palette-container', 'default')
      await expect(g.status()).toHaveText('$ docker run -dit --name busybox1 busybox')
      await g.editContainer(
        'busybox1',
        (form) => form.getByTestId('form-name').fill('admin'),
        'docker rename busybox1 admin',
      )
      await g.drawIn('link', 'admin', 'db', '--link db')
    },
  },
  {
    id: 'user-networks',
    title: 'user-networks: a network dropped, renamed testnet, both joined; centos-1 aliased db',
    goal: async (g, i) => {
      if (i === 1) {
        await g.dropOnHost('palette-bridge', 'default')
        await expect(g.status()).toHaveText('$ docker network create net1')
        await g.renameNetwork('net1', 'testnet')
        for (const name of ['centos-1', 'centos-2']) {
          await drawEdge(g.page, g.container(name), g.network('testnet'))
          await expect(g.status()).toHaveText(`$ docker network connect testnet ${name}`)
        }
      } else {
        await g.editContainer(
          'centos-1',
          async (form) => {
            await form.getByTestId('form-network').selectOption('testnet')
            await form.getByTestId('form-aliases').fill('db')
          },
          '--network-alias db',
        )
      }
    },
  },
  {
    id: 'static-ip',
    title:
      'static-ip: a network dropped, renamed my_net2, given a subnet; bbox1 on it at a fixed address',
    goal: async (g) => {
      await g.dropOnHost('palette-bridge', 'default')
      await expect(g.status()).toHaveText('$ docker network create net1')
      await g.renameNetwork('net1', 'my_net2')
      await g.select(g.network('my_net2'))
      await g.page.getByTestId('network-subnet').fill('172.22.16.0/24')
      await g.page.getByRole('button', { name: g.w.changeSubnet }).click()
      await expect(g.status()).toContainText(
        'docker network create --subnet 172.22.16.0/24 my_net2',
      )
      await g.dropOnHost('palette-container', 'default')
      await expect(g.status()).toHaveText('$ docker run -dit --name busybox1 busybox')
      await g.editContainer(
        'busybox1',
        async (form) => {
          await form.getByTestId('form-name').fill('bbox1')
          await form.getByTestId('form-network').selectOption('my_net2')
          await form.getByTestId('form-ip').fill('172.22.16.10')
        },
        '--network my_net2 --ip 172.22.16.10',
      )
      await drawEdge(g.page, g.container('bbox2'), g.network('my_net2'))
      await expect(g.status()).toHaveText('$ docker network connect my_net2 bbox2')
    },
  },
  {
    id: 'volumes',
    title: 'volumes: backup takes web’s volumes by an edge; site bind-mounts /srv/site in its form',
    goal: async (g, i) => {
      if (i === 1) {
        await g.drawIn('volumes-from', 'backup', 'web', '--volumes-from web')
        // Mid-lesson: the edge drawn, the step ticked, the next one to predict.
        await expect(g.page.getByTestId('lesson-step').nth(i)).toHaveAttribute('data-done', 'true')
        await g.screenshot('lesson-canvas')
      } else {
        await g.dropOnHost('palette-container-nginx', 'default')
        await expect(g.status()).toHaveText('$ docker run -d --name nginx1 nginx')
        await g.editContainer(
          'nginx1',
          async (form) => {
            await form.getByTestId('form-name').fill('site')
            await form.getByTestId('form-volumes').fill('/srv/site:/usr/share/nginx/html')
          },
          'docker run -d --name site -v /srv/site:/usr/share/nginx/html nginx',
        )
        await g.screenshot('lesson-volumes-by-gestures')
      }
    },
  },
  {
    id: 'limits',
    title: 'limits: web stopped and started again in its form, its link variables refreshed',
    goal: async (g) => {
      await g.editContainer(
        'web',
        (form) => form.getByTestId('form-running').uncheck(),
        'docker stop web',
      )
      await g.editContainer(
        'web',
        (form) => form.getByTestId('form-running').check(),
        'docker start web',
      )
    },
  },
]

for (const lang of LANGS) {
  test.describe(() => {
    test.use({ locale: WORDS[lang].locale })
    for (const { id, title, goal } of LESSONS) {
      test(`${title}${WORDS[lang].suffix}`, async ({ page }) => {
        const g = gestures(page, lang)
        await completeLesson(page, id, (i) => goal(g, i), lang)
      })
    }
  })
}
