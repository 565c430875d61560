import { expect, test, type Locator } from '@playwright/test'

test.use({ locale: 'zh-CN' })

/**
 * Docker's own words, which stay as Docker writes them in any language: commands and flags,
 * drivers, images, interfaces, file paths. Anything else in Latin letters is English left over.
 */
const DOCKER_WORDS =
  /^(docker|Docker|Docknet|busybox|nginx|httpd|mysql|postgres|redis|wordpress|training|webapp|svendowideit|ambassador|alpine|Bridge|Overlay|Macvlan|Ipvlan|eth0|link|net|container|volumes|from|etc|hosts|DNS|Up|IP|run|name|web|db|socat|mysql|vm2|default|icc|false|true|compose|ping|curl)$/

/** The words in Latin letters of `region`'s visible text that are not Docker's. */
async function englishIn(region: Locator): Promise<string[]> {
  const text = await region.innerText()
  return (text.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !DOCKER_WORDS.test(w))
}

test('a Chinese browser gets the palette, inspector, legend and terminal in Chinese', async ({
  page,
}) => {
  await page.goto('/?example=link')
  const palette = page.getByRole('complementary', { name: '组件' })
  await expect(palette.getByRole('button', { name: '添加主机（或把它拖到画布上）' })).toBeVisible()
  expect(await englishIn(palette)).toEqual([])
  const inspector = page.getByRole('complementary', { name: '检查器' })
  await expect(inspector.getByRole('heading', { name: '传统 --link' })).toBeVisible()
  expect(await englishIn(inspector)).toEqual([])
  const legend = page.getByRole('region', { name: '图例' })
  await expect(legend).toContainText('运行中 (Up)')
  expect(await englishIn(legend)).toEqual([])
  await expect(page.getByRole('textbox', { name: 'docker 命令' })).toBeVisible()
  await expect(page.getByRole('img', { name: '运行中 (Up)' }).first()).toBeVisible()
  await expect(page.getByRole('group', { name: '容器 web' })).toBeVisible()
  await expect(page.getByTestId('examples').locator('option:checked')).toHaveText('传统 --link')
  await expect(page.getByRole('button', { name: '适应视图' })).toBeVisible()
  await expect(page.locator('.react-flow__edge[aria-label="web link 到 db，别名 db"]')).toHaveCount(
    1,
  )
  await expect(page.getByRole('list', { name: '连线' })).toContainText('web 接入网络 bridge')
  await page.screenshot({ path: 'e2e/screenshots/first-paint-zh.png' })
  await page.getByRole('combobox', { name: '语言' }).selectOption('en')
  await expect(page.getByRole('button', { name: 'Fit View' })).toBeVisible()
  await expect(page.getByRole('group', { name: 'container web' })).toBeVisible()
  await expect(page.locator('.react-flow__edge[aria-label="link web to db as db"]')).toHaveCount(1)
})

/** englishIn, less the names and Docker's words of the icc example's questions. */
async function englishBut(region: Locator, names: RegExp): Promise<string[]> {
  return (await englishIn(region)).filter((w) => !names.test(w))
}
const ICC_WORDS =
  /^(stranger|bridge|tcp|exec|postgres|webapp|nameserver|iptables|resolv|conf|DOCKER|FORWARD|DROP)$/

test('a Chinese browser gets reachability, the matrix proof and why in Chinese', async ({
  page,
}) => {
  await page.goto('/?example=icc')
  await page.getByRole('group', { name: '容器 stranger' }).click()
  await page.getByRole('tab', { name: '连通性' }).click()
  const reach = page.getByTestId('view-reach')
  await expect(reach).toContainText('此网桥（bridge）禁用了 icc：其容器之间的流量被丢弃')
  expect(await englishBut(reach, ICC_WORDS)).toEqual([])
  await page.screenshot({ path: 'e2e/screenshots/reach-zh.png' })

  // The proof of a blocked pair, in the matrix.
  await reach.getByRole('button', { name: '原因：db' }).click()
  const proof = page.getByTestId('reach-proof')
  await expect(proof).toContainText('禁用了 icc')
  await expect(proof).toContainText('在 stranger 中无法解析名称 db')
  // The proof's verdict, ports and why (the fixes' descriptions are the CLI's, still English).
  expect(await englishBut(proof.getByTestId('why').locator('p').first(), ICC_WORDS)).toEqual([])
  const fixes = proof.getByTestId('fix')
  await expect(fixes.first()).toBeVisible()
  await fixes.evaluateAll((list) => list.forEach((fix) => fix.remove()))
  expect(await englishBut(proof, ICC_WORDS)).toEqual([])
  await page.screenshot({ path: 'e2e/screenshots/matrix-proof-zh.png' })
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('reach-matrix')).toHaveCount(0)

  // Where a name's answer comes from, on the DNS tab of web (linked to db).
  await page.getByRole('group', { name: '容器 web' }).click()
  await page.getByRole('tab', { name: 'DNS' }).click()
  await expect(page.getByTestId('view-dns')).toContainText('/etc/hosts：由 --link db:db 写入')

  // Why a ping failed in the terminal: the terminal's output stays Docker's English.
  const input = page.getByTestId('terminal-input')
  await input.fill('docker exec stranger ping -c 1 db')
  await input.press('Enter')
  const output = page.getByTestId('terminal-output')
  await expect(output).toContainText("ping: bad address 'db'")
  await output.getByRole('button', { name: '为什么？' }).click()
  const why = page.getByTestId('why-dialog').getByTestId('why')
  await expect(why).toContainText('在 stranger 中无法解析名称 db：默认网桥没有内嵌 DNS')
  await expect(why).toContainText(
    '即使按地址访问也失败。在主机 default 上，icc=false 会丢弃 docker0 上容器之间的流量',
  )
  await page.screenshot({ path: 'e2e/screenshots/why-zh.png' })
  expect(await englishBut(why.locator('p').first(), ICC_WORDS)).toEqual([])
})
