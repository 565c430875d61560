import { expect, test, type Page } from '@playwright/test'
import { container } from './helpers'

/** The two-host ambassador notes as a reader copies them: prompts, sudo, comments, a `\`. */
const SEED_BLOCK = `[root@localhost ~]# docker run -d --name mysql mysql
# the ambassador publishes mysql's port on this host
$ sudo docker run -d --link mysql:mysql --name ambassador1 \\
    -p 3306:3306 ambassador

root@host:/# docker run -d --name ambassador2 --expose 3306 -e MYSQL_PORT_3306_TCP=tcp://192.168.1.10:3306 ambassador
$ docker run -d --link ambassador2:mysql --name wordpress wordpress
`

/** Pastes `text` on the canvas, as Ctrl+V does with nothing copied there. */
async function paste(page: Page, text: string) {
  // A click on an empty corner of the canvas, as a user would before Ctrl+V.
  await page.locator('.react-flow__pane').click({ position: { x: 8, y: 8 } })
  await page.evaluate((t) => {
    const data = new DataTransfer()
    data.setData('text/plain', t)
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }))
  }, text)
}

/** Every container card's label, in order. */
const containerCards = (page: Page) =>
  page
    .locator('[aria-label^="container "]')
    .evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-label')))

test('docker commands pasted on the canvas run as one undo step, each container drawn', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'New diagram' }).click()
  await paste(page, SEED_BLOCK)
  for (const name of ['mysql', 'ambassador1', 'ambassador2', 'wordpress'])
    await expect(container(page, name)).toBeVisible()
  await expect(page.getByTestId('toast')).toContainText(
    'Ran 4 pasted docker commands. Undo (Ctrl+Z) takes them back.',
  )
  const terminal = page.getByRole('log')
  await expect(terminal).toContainText(
    'sudo docker run -d --link mysql:mysql --name ambassador1     -p 3306:3306 ambassador',
  )
  await page.screenshot({ path: 'e2e/screenshots/paste-script.png' })

  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(container(page, 'mysql')).toHaveCount(0)
  await expect(container(page, 'wordpress')).toHaveCount(0)
})

test('other text pasted on the canvas changes nothing and says what can be pasted', async ({
  page,
}) => {
  await page.goto('/?example=link')
  await expect(container(page, 'web')).toBeVisible()
  const before = await containerCards(page)
  await paste(page, 'Docker links containers by name.\n$ ls -la /etc\ntotal 12')
  await expect(page.getByTestId('toast')).toContainText(
    'Nothing was pasted: the canvas takes a compose file, or docker commands (lines starting with docker; prompts and comments allowed).',
  )
  expect(await containerCards(page)).toEqual(before)
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled()
  await page.screenshot({ path: 'e2e/screenshots/paste-junk.png' })
})
