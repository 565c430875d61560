import { expect, test, type Page } from '@playwright/test'

/** Docker's macvlan tutorial on two hosts of one LAN, typed in the terminal. */
const COMMANDS = [
  'docker context create vm2 --docker host=tcp://192.168.1.11:2375',
  'docker network create -d macvlan --subnet 192.168.1.0/24 --gateway 192.168.1.1 -o parent=eth0 lan',
  'docker --context vm2 network create -d macvlan --subnet 192.168.1.0/24 --gateway 192.168.1.1 -o parent=eth0 lan',
  'docker run -d --name web --network lan --ip 192.168.1.50 nginx',
  'docker run -d --name client busybox sleep 1d',
  'docker --context vm2 run -d --name far --network lan --ip 192.168.1.100 busybox sleep 1d',
  'docker --context vm2 run -d --name remote busybox sleep 1d',
]

async function type(page: Page, line: string) {
  const input = page.getByTestId('terminal-input')
  await input.fill(line)
  await input.press('Enter')
}

test('a macvlan network on two hosts: on the canvas, and the host cannot reach its own macvlan container', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1600, height: 1000 })
  await page.goto('/')
  for (const line of COMMANDS) await type(page, line)
  const output = page.getByTestId('terminal-output')
  await expect(page.getByRole('group', { name: 'container remote' })).toBeVisible()

  // Each host draws its macvlan network, with its driver and parent.
  const cards = page.getByRole('group', { name: 'network lan' })
  await expect(cards).toHaveCount(2)
  for (const card of await cards.all()) {
    await expect(card).toContainText('macvlan')
    await expect(card).toContainText('parent eth0')
  }

  // From inside: another host reaches web, its own host's bridge container does not.
  await type(page, 'docker --context vm2 exec remote wget -q -T 2 -O- 192.168.1.50')
  await expect(output).toContainText('Welcome to nginx!')
  await type(page, 'docker exec client wget -q -T 2 -O- 192.168.1.50')
  await expect(output).toContainText('wget: download timed out')

  await page.getByRole('button', { name: 'Tidy layout' }).click()
  await page.getByRole('button', { name: 'Fit view' }).click()
  await expect(page.getByTestId('save-status')).toHaveText('Saved')
  await page.screenshot({ path: 'e2e/screenshots/macvlan-two-hosts.png' })

  // The matrix says why.
  await page.getByRole('button', { name: 'Reachability matrix' }).click()
  const matrix = page.getByTestId('reach-matrix')
  await expect(matrix.getByRole('button', { name: 'remote reaches web' })).toBeVisible()
  await expect(matrix.getByRole('button', { name: 'far reaches web' })).toBeVisible()
  await matrix.getByRole('button', { name: 'client does not reach web' }).click()
  await expect(page.getByTestId('reach-proof')).toContainText(
    'the kernel does not pass traffic between a parent interface and its macvlan children',
  )
  await page.screenshot({ path: 'e2e/screenshots/macvlan-matrix.png' })
  await page.keyboard.press('Escape')
  await expect(matrix).toHaveCount(0)

  // The inspector of the network says the same.
  await cards.first().click()
  await expect(page.getByTestId('network-lan')).toContainText('Host default cannot reach them')
  await page.screenshot({ path: 'e2e/screenshots/macvlan-network.png' })
})

test('the palette adds a macvlan network on the parent typed', async ({ page }) => {
  await page.goto('/')
  await page.getByTestId('palette-lan-parent').fill('eth0.10')
  await page.getByTestId('palette-macvlan').click()
  await expect(page.getByTestId('terminal-output')).toContainText(
    'docker network create -d macvlan --subnet 192.168.1.0/24 --gateway 192.168.1.1 --ip-range 192.168.1.32/27 -o parent=eth0.10 macvlan1',
  )
  const card = page.getByRole('group', { name: 'network macvlan1' })
  await expect(card).toContainText('parent eth0.10')
})
