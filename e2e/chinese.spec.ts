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
