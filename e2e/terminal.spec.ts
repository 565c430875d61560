import { expect, test } from '@playwright/test'

test('the terminal keeps a history (Up, Down) and shows a warning before the id, as docker prints them', async ({
  page,
}) => {
  await page.goto('/')
  const input = page.getByTestId('terminal-input')
  const output = page.getByTestId('terminal-output')
  await input.fill('docker run -d --net=host -p 9000:80 --name hostbox busybox sleep 3600')
  await input.press('Enter')
  await expect(output).toContainText('WARNING: Published ports are discarded')
  // stderr's warning comes first, then the container id on stdout.
  const text = await output.innerText()
  const warning = text.indexOf('WARNING: Published ports are discarded')
  const id = text.search(/\n[0-9a-f]{64}\n?/)
  expect(warning).toBeGreaterThan(-1)
  expect(id).toBeGreaterThan(warning)

  await input.fill('docker version --format {{.Server.Version}}')
  await input.press('Enter')
  await expect(output).toContainText('28.2.2')
  await input.press('ArrowUp')
  await expect(input).toHaveValue('docker version --format {{.Server.Version}}')
  await input.press('ArrowUp')
  await expect(input).toHaveValue(
    'docker run -d --net=host -p 9000:80 --name hostbox busybox sleep 3600',
  )
  await input.press('ArrowDown')
  await input.press('ArrowDown')
  await expect(input).toHaveValue('')
  // Inside a container's shell, lines show its prompt, as a terminal would.
  await input.fill('docker run -it --name box busybox sh')
  await input.press('Enter')
  await input.fill('hostname')
  await input.press('Enter')
  await expect(output).toContainText('/ # hostname')
  await input.fill('exit')
  await input.press('Enter')
  await expect(output).toContainText('/ # exit')
  await page.screenshot({ path: 'e2e/screenshots/terminal.png' })
})

test('an example opened from the address keeps the diagram saved before one undo away', async ({
  page,
}) => {
  await page.goto('/')
  const input = page.getByTestId('terminal-input')
  await input.fill('docker run -d --name mine nginx')
  await input.press('Enter')
  await expect(page.getByRole('group', { name: 'container mine' })).toBeVisible()
  // The autosave runs shortly after a change.
  await expect(page.getByTestId('save-status')).toHaveText('Saved')
  await page.goto('/?example=link')
  await expect(page.getByRole('group', { name: 'container web' })).toBeVisible()
  await expect(page.getByTestId('toast')).toContainText('Undo (Ctrl+Z) brings back the diagram')
  await page.locator('.react-flow__pane').click()
  await page.keyboard.press('Control+z')
  await expect(page.getByRole('group', { name: 'container mine' })).toBeVisible()
  await expect(page.getByRole('group', { name: 'container web' })).toHaveCount(0)
})

test('a block pasted from the seed notes, prompts and all, runs line by line and draws every container', async ({
  page,
}) => {
  await page.goto('/')
  const input = page.getByTestId('terminal-input')
  await expect(input).not.toHaveAttribute('readonly')
  const block = [
    '[root@localhost ~]# docker run -d --name db busybox sleep 3600',
    '[root@localhost ~]# docker run -itd --name web --link db:mysql busybox',
    '$ docker exec web cat /etc/hosts',
    'docker ps',
  ].join('\n')
  await input.click()
  await input.evaluate((el, text) => {
    const data = new DataTransfer()
    data.setData('text/plain', text)
    el.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    )
  }, block)
  await expect(page.getByRole('group', { name: 'container db' })).toBeVisible()
  await expect(page.getByRole('group', { name: 'container web' })).toBeVisible()
  const output = page.getByTestId('terminal-output')
  await expect(output).toContainText('mysql')
  await expect(output).not.toContainText('command not found')
  await expect(output).not.toContainText('unknown shorthand flag')
  // The last line has no line break after it: it waits in the input, as in a terminal.
  await expect(input).toHaveValue('docker ps')
  await input.press('Enter')
  await expect(output).toContainText('NAMES')
  await page.screenshot({ path: 'e2e/screenshots/terminal-paste.png' })
})

test('the terminal as hands expect it: Tab completes, Ctrl+C drops the line, clear and Ctrl+L clear, the prompt names the host', async ({
  page,
}) => {
  await page.goto('/?example=link')
  await expect(page.getByLabel('container web', { exact: true })).toBeVisible()
  const input = page.getByTestId('terminal-input')
  const output = page.getByTestId('terminal-output')
  await expect(page.getByText('root@default:~#', { exact: true })).toBeVisible()
  await input.fill('docker ins')
  await input.press('Tab')
  await expect(input).toHaveValue('docker inspect ')
  await input.pressSequentially('w')
  await input.press('Tab')
  await expect(input).toHaveValue('docker inspect web ')
  await input.fill('docker stop ')
  await input.press('Tab')
  await expect(page.getByTestId('completions')).toHaveText('db  web')
  await input.press('Control+c')
  await expect(input).toHaveValue('')
  await input.fill('clear')
  await input.press('Enter')
  await expect(output).not.toContainText('docker run')
  await input.fill('docker ps --format "{{.Names}}"')
  await input.press('Enter')
  await expect(output).toContainText('root@default:~# docker ps')
  await input.press('Control+l')
  await expect(output).not.toContainText('docker ps')
  // The history stays: Up recalls the command run before the screen was cleared.
  await input.press('ArrowUp')
  await expect(input).toHaveValue('docker ps --format "{{.Names}}"')
  await page.screenshot({ path: 'e2e/screenshots/terminal-completion.png' })
  // An example opened after a clear shows its own commands, and what is typed next.
  await page.getByLabel('Examples').selectOption('ports')
  await expect(output).toContainText('docker run')
  await input.fill('docker ps --format "{{.Names}}"')
  await input.press('Enter')
  await expect(output).toContainText('root@default:~# docker ps --format')
})

test('the terminal panel resizes by its top edge or the arrow keys, and keeps its height', async ({
  page,
}) => {
  await page.goto('/?example=link')
  await expect(page.getByLabel('container web', { exact: true })).toBeVisible()
  const panel = page.getByRole('region', { name: 'Terminal' })
  await expect(panel).toBeVisible()
  const before = (await panel.boundingBox())?.height ?? 0
  const edge = page.getByRole('separator', { name: 'Terminal height' })
  const box = (await edge.boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 }
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width / 2, box.y - 120, { steps: 6 })
  await page.mouse.up()
  await expect.poll(async () => (await panel.boundingBox())?.height).toBeCloseTo(before + 120, -1)
  await edge.focus()
  await page.keyboard.press('ArrowDown')
  await expect.poll(async () => (await panel.boundingBox())?.height).toBeCloseTo(before + 96, -1)
  await page.reload()
  await expect.poll(async () => (await panel.boundingBox())?.height).toBeCloseTo(before + 96, -1)
  await page.screenshot({ path: 'e2e/screenshots/terminal-resized.png' })
})
