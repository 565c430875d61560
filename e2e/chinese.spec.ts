import { expect, test, type Locator } from '@playwright/test'
import { englishIn } from './chinese-words'

test.use({ locale: 'zh-CN' })

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
  /^(stranger|bridge|tcp|exec|postgres|webapp|nameserver|iptables|resolv|conf|DOCKER|FORWARD|DROP|appnet)$/

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
  // The proof's verdict, ports and why, and the fixes (their commands are Docker's).
  expect(await englishBut(proof.getByTestId('why').locator('p').first(), ICC_WORDS)).toEqual([])
  const fixes = proof.getByTestId('fix')
  await expect(fixes.first()).toBeVisible()
  await fixes.locator('pre').evaluateAll((list) => list.forEach((commands) => commands.remove()))
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

/**
 * Removes `region`'s commands, records and errors, which are Docker's (`docker ps -a` lines, the
 * daemon's error), shown in monospace.
 */
async function withoutDockerOutput(region: Locator): Promise<void> {
  await region
    .locator('pre, .font-mono')
    .evaluateAll((list) => list.forEach((docker) => docker.remove()))
}

test('a Chinese browser gets the diagnostics, their whys and their fixes in Chinese', async ({
  page,
}) => {
  await page.goto('/')
  const input = page.getByTestId('terminal-input')
  for (const line of [
    'docker run -dit --name db busybox',
    'docker run -dit --name web --link db busybox',
    'docker stop db',
    'docker volume create v1',
  ]) {
    await input.fill(line)
    await input.press('Enter')
  }
  await page.getByRole('button', { name: '诊断：1 个问题，2 条提示' }).click()
  const panel = page.getByTestId('diagnostics')
  await expect(panel).toContainText('web 以别名 db 链接到 db，但 db 未在运行')
  await expect(panel).toContainText('"Cannot link to a non running container"')
  await expect(panel).toContainText('db 已退出：它没有地址，也不应答任何请求（docker start db）。')
  await expect(panel).toContainText('主机 default 上的卷 v1 没有被任何容器挂载。')
  expect(await englishIn(panel)).toEqual([])
  await panel.screenshot({ path: 'e2e/screenshots/diagnostics-zh.png' })

  // Why db is a note, and its fix.
  const whys = panel.getByRole('button', { name: '为什么？' })
  await whys.nth(1).click()
  const dialog = page.getByTestId('why-dialog')
  await expect(dialog).toContainText('停止的容器没有网络：db 停止时，Docker 删除了它的网络端点')
  await expect(dialog.getByTestId('fix').first()).toContainText('启动 db')
  await withoutDockerOutput(dialog)
  expect(await englishIn(dialog)).toEqual([])
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)

  // Why a volume nobody mounts is one, and its fix.
  await whys.nth(2).click()
  await expect(dialog).toContainText('命名卷比使用它的容器存在得更久')
  await expect(dialog.getByTestId('fix').first()).toContainText('删除卷 v1 及其中的文件')
  await withoutDockerOutput(dialog)
  expect(await englishIn(dialog)).toEqual([])
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)

  // Why web cannot reach db by its link: the reach question's why and its fix list.
  await whys.first().click()
  const fixes = dialog.getByTestId('fix')
  await expect(fixes.first()).toContainText('启动 db：停止的容器没有地址，也不应答任何名称')
  await dialog.screenshot({ path: 'e2e/screenshots/fixes-zh.png' })
  await withoutDockerOutput(dialog)
  expect(await englishIn(dialog)).toEqual([])
  await page.keyboard.press('Escape')

  // Why Docker refused a command, and the fixes after which it succeeds.
  await input.fill('docker run -dit --name db busybox')
  await input.press('Enter')
  const output = page.getByTestId('terminal-output')
  await expect(output).toContainText('is already in use by container')
  await output.getByRole('button', { name: '为什么？' }).last().click()
  await expect(dialog).toContainText(
    '容器名在其主机上是唯一的：主机 default 的守护进程只有一张名称表',
  )
  await expect(dialog.getByTestId('fix').first()).toContainText(
    '重命名占用名称 db 的容器，然后重新运行该命令',
  )
  await withoutDockerOutput(dialog)
  expect(await englishIn(dialog)).toEqual([])
  await page.keyboard.press('Escape')

  // The inspector's header says db's state as its card does.
  await page.getByRole('group', { name: '容器 db' }).click()
  const inspector = page.getByRole('complementary', { name: '检查器' })
  await expect(inspector).toContainText('busybox:latest · 已退出（停止） · 主机 default')
})

test('a Chinese browser gets a previewed fix’s ghost card in Chinese', async ({ page }) => {
  await page.goto('/')
  const input = page.getByTestId('terminal-input')
  for (const line of [
    'docker run -d --name db training/postgres',
    'docker run -dit --name web busybox',
    'docker exec web ping -c 1 db',
  ]) {
    await input.fill(line)
    await input.press('Enter')
  }
  await page.getByTestId('terminal-output').getByRole('button', { name: '为什么？' }).click()
  const fix = page
    .getByTestId('why-dialog')
    .getByTestId('fix')
    .filter({ hasText: 'docker network create appnet' })
  await fix.getByRole('button', { name: '在画布上预览' }).click()
  const ghost = page.getByRole('group', { name: '将新增 网络 appnet', exact: true })
  await expect(ghost).toBeVisible()
  await expect(ghost).toHaveText('+ 网络 appnet')
})
