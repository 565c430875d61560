import { expect, test, type Locator, type Page } from '@playwright/test'
import { uiEnglishIn } from './chinese-words'
import { drawEdge, openRecentListing, putAutosave, type } from './helpers'

/**
 * A walk through every screen a user can open, in a Chinese browser: no English left in the
 * interface, apart from Docker's own words (commands, flags, images, the names typed, Docker's
 * output in monospace).
 */
test.use({ locale: 'zh-CN' })

const inspector = (page: Page) => page.getByRole('complementary', { name: '检查器' })
const card = (page: Page, kind: '容器' | '网络' | '卷' | '主机', name: string) =>
  page.getByRole('group', { name: `${kind} ${name}`, exact: true })

/** Asserts `region` says nothing in English, and keeps a picture of the page. */
async function chinese(page: Page, region: Locator, shot: string, names = /^$/) {
  await expect(region).toBeVisible()
  expect(await uiEnglishIn(region, names), shot).toEqual([])
  await page.screenshot({ path: `e2e/screenshots/${shot}-zh.png` })
}

test('a container’s every inspector tab, and its edit form, in Chinese', async ({ page }) => {
  await page.goto('/')
  await type(
    page,
    'docker network create appnet',
    'docker run -d --name db --net appnet --network-alias store -e POSTGRES_PASSWORD=x postgres',
    'docker run -d --name web --link db:db -p 8080:80 -v site:/usr/share/nginx/html -e MODE=prod nginx',
  )
  const names = /^(appnet|store|POSTGRES_PASSWORD|MODE|prod|site|nginx)$/
  await card(page, '容器', 'web').click()
  const panel = inspector(page)
  for (const [tab, shot] of [
    ['编辑', 'inspector-edit'],
    ['/etc/hosts', 'inspector-hosts'],
    ['环境变量', 'inspector-env'],
    ['resolv.conf', 'inspector-resolv'],
    ['DNS', 'inspector-dns'],
    ['连通性', 'inspector-reach'],
    ['docker run', 'inspector-run'],
    ['inspect', 'inspector-inspect'],
  ] as const) {
    await panel.getByRole('tab', { name: tab, exact: true }).click()
    await expect(panel.getByRole('tab', { name: tab, exact: true })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    await chinese(page, panel, shot, names)
  }
  // The edit form of a container on a user-defined network: aliases and a static IP too.
  await card(page, '容器', 'db').click()
  await panel.getByRole('tab', { name: '编辑', exact: true }).click()
  await expect(panel.getByText('网络别名')).toBeVisible()
  await chinese(page, panel, 'inspector-edit-user-network', names)
})

test('a network, its rename and subnet forms, a volume and a host, in Chinese', async ({
  page,
}) => {
  await page.goto('/')
  await type(
    page,
    'docker network create --subnet 10.9.0.0/24 appnet',
    'docker run -d --name web --net appnet -v site:/data -p 8080:80 nginx',
  )
  const names = /^(appnet|site|nginx)$/
  const panel = inspector(page)
  await card(page, '网络', 'appnet').click()
  await expect(panel.getByTestId('view-network')).toBeVisible()
  await expect(panel.getByTestId('network-subnet')).toBeVisible()
  await chinese(page, panel, 'inspector-network', names)
  await card(page, '卷', 'site').click()
  await expect(panel.getByTestId('view-volume')).toBeVisible()
  await chinese(page, panel, 'inspector-volume', names)
  await card(page, '主机', 'default').click({ position: { x: 8, y: 8 } })
  await expect(panel.getByTestId('view-host')).toBeVisible()
  await chinese(page, panel, 'inspector-host', names)
})

test('an edge’s forms (a link’s alias, a mount’s path) and a refused gesture, in Chinese', async ({
  page,
}) => {
  await page.goto('/?example=link')
  const panel = inspector(page)
  await page.locator('.react-flow__edge[aria-label^="web link 到 db"]').click({ force: true })
  await expect(panel.getByTestId('edge-alias')).toBeVisible()
  await chinese(page, panel, 'edge-link')

  await page.goto('/?example=volumes')
  await page.locator('.react-flow__edge[aria-label*="把卷"]').first().click({ force: true })
  await expect(panel.getByTestId('edge-mount-path')).toBeVisible()
  await chinese(page, panel, 'edge-mount', /^(data|leader|shared)$/)
})

test('the matrix, diagnostics, export, recent diagrams and shortcuts, in Chinese', async ({
  page,
}) => {
  await page.goto('/?example=icc')
  const names = /^(stranger|appnet)$/
  await page.getByRole('button', { name: '连通矩阵' }).click()
  const matrix = page.getByTestId('reach-matrix')
  await chinese(page, matrix, 'matrix', names)
  await page.keyboard.press('Escape')
  await expect(matrix).toHaveCount(0)

  await page.getByRole('button', { name: /^诊断/ }).click()
  await chinese(page, page.getByTestId('diagnostics'), 'diagnostics-panel', names)
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: '导出', exact: true }).click()
  const formats = page.getByRole('menu', { name: '导出格式' })
  await chinese(page, formats, 'export-menu')
  await formats.getByRole('menuitem').first().click()
  const dialog = page.getByRole('dialog', { name: '导出图片' })
  await expect(dialog.getByRole('img')).toBeVisible()
  await chinese(page, dialog, 'export-dialog')
  await expect(dialog.getByRole('textbox').first()).toHaveValue('--icc=false 的 docker0')
  // The picture's legend is worded in Chinese too.
  const picture = decodeURIComponent((await dialog.getByRole('img').getAttribute('src')) ?? '')
  expect(picture).toContain('>图例</text>')
  expect(picture).toContain('>--link（传统）</text>')
  await page.keyboard.press('Escape')

  // A diagram replaced by an example is kept in the recent list, once the new one is saved.
  await page.getByTestId('examples').selectOption('link')
  await openRecentListing(page, '最近的图', '--icc=false 的 docker0')
  await chinese(page, page.getByTestId('recent-diagrams'), 'recent')
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: '键盘快捷键', exact: true }).click()
  await chinese(page, page.getByRole('dialog', { name: '键盘快捷键' }), 'shortcuts')
  await page.keyboard.press('Escape')
})

test('the lessons list, a lesson’s steps, hint, prediction and answer, show me, and the drill', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('button', { name: '课程', exact: true }).click()
  await chinese(page, page.getByRole('dialog', { name: '课程' }), 'lessons-list')
  await page.getByRole('button', { name: '打开课程 容器名与 --link' }).click()
  const lesson = page.getByTestId('lesson-panel')
  const names = /^(getent|cat|postgres|python|app|sql)$/
  await expect(lesson.getByRole('group', { name: '你的预测' })).toBeVisible()
  await lesson.getByRole('button', { name: '提示' }).click()
  await expect(lesson.getByTestId('lesson-hint')).toBeVisible()
  await chinese(page, lesson, 'lesson-predict', names)
  await lesson.getByRole('button', { name: '否' }).click()
  await expect(lesson.getByTestId('lesson-answer')).toBeVisible()
  await chinese(page, lesson, 'lesson-answer', names)
  await lesson.getByRole('button', { name: '下一步' }).click()
  await lesson.getByTestId('lesson-show-me').click()
  await expect(lesson.getByTestId('lesson-step').nth(1)).toHaveAttribute('data-done', 'true')
  await chinese(page, lesson, 'lesson-shown', names)

  // The drill: a hidden change to the working world, and its hints.
  await lesson.getByTestId('lesson-break-it').click()
  const drill = page.getByTestId('break-drill')
  await expect(drill).toHaveAttribute('data-fixed', 'false')
  for (let i = 0; i < 3; i++) await drill.getByRole('button', { name: '提示' }).click()
  await expect(drill.getByTestId('drill-hints').getByRole('listitem')).toHaveCount(3)
  await chinese(page, drill, 'break-drill', names)
  await page.getByRole('button', { name: '撤销', exact: true }).click()
  await expect(drill).toHaveAttribute('data-fixed', 'true')
  await expect(page.getByTestId('toast')).toContainText('已撤销：搞坏它')
  await chinese(page, drill, 'break-drill-fixed', names)
})

test('the lesson maker, with a goal step and a prediction step, in Chinese', async ({ page }) => {
  await page.goto('/')
  await type(
    page,
    'docker run -d --name db training/postgres',
    'docker run -d --name web --link db:db training/webapp python app.py',
  )
  await page.getByRole('button', { name: '课程', exact: true }).click()
  await page.getByRole('button', { name: '制作课程' }).click()
  const panel = page.getByTestId('author-panel')
  await chinese(page, panel, 'lesson-maker-empty', /^(python|app)$/)
  await panel.getByRole('button', { name: '记录起点' }).click()
  await expect(panel.getByTestId('author-start-status')).toContainText('起点已记录')
  await panel
    .getByRole('button', { name: /^添加为目标：/ })
    .first()
    .click()
  await panel.getByTestId('author-test').click()
  await expect(panel.getByTestId('author-test-report')).toBeVisible()
  await chinese(page, panel, 'lesson-maker', /^(python|app)$/)
})

test('the palette’s suggestions, the terminal, a refused gesture’s toast, trace and preview', async ({
  page,
}) => {
  await page.goto('/?example=link')
  const palette = page.getByRole('complementary', { name: '组件' })
  await chinese(page, palette, 'palette')
  const options = await palette
    .locator('datalist option')
    .evaluateAll((list) =>
      list.map((o) => `${(o as HTMLOptionElement).value} ${(o as HTMLOptionElement).label}`),
    )
  expect(options.length).toBeGreaterThan(3)
  expect(
    options
      .join(' ')
      .match(/[A-Za-z]{3,}/g)
      ?.filter((w) => /[A-Z]/.test(w[0]!)),
  ).toEqual([])

  const terminal = page.getByRole('region', { name: '终端' })
  await chinese(page, terminal, 'terminal', /^(python|app)$/)

  // db cannot be made again with a link to web: web links to it.
  await drawEdge(page, card(page, '容器', 'db'), card(page, '容器', 'web'))
  const toast = page.getByTestId('toast')
  await expect(toast).toContainText('这一项只能在创建容器时设定，所以得重建 db，但 web 链接到它。')
  expect(await uiEnglishIn(toast, /^$/), await toast.innerText()).toEqual([])
  await page.screenshot({ path: 'e2e/screenshots/toast-zh.png' })
  await toast.getByRole('button', { name: '关闭' }).click()

  // A trace, from the Reach tab.
  await page.goto('/?example=ambassador')
  await card(page, '容器', 'wordpress').click()
  await page.getByRole('tab', { name: '连通性' }).click()
  await page.getByRole('button', { name: '追踪到 mysql' }).click()
  const trace = page.getByTestId('trace')
  await chinese(page, trace, 'trace', /^(tcp|mysql|wordpress|ambassador2|ambassador1)$/)

  // A fix previewed on the canvas.
  await page.goto('/')
  await type(
    page,
    'docker run -d --name db training/postgres',
    'docker run -dit --name web busybox',
    'docker exec web ping -c 1 db',
  )
  await page.getByTestId('terminal-output').getByRole('button', { name: '为什么？' }).click()
  const fix = page.getByTestId('why-dialog').getByTestId('fix').filter({ hasText: 'appnet' })
  await fix.getByRole('button', { name: '在画布上预览' }).click()
  const banner = page.getByTestId('fix-preview')
  await chinese(page, banner, 'preview-folded', /^(appnet)$/)
  await banner.locator('summary').click()
  await chinese(page, banner, 'preview', /^(appnet)$/)
  // Switched to English while shown, the preview says what the fix does in English.
  await page.getByRole('combobox', { name: '语言' }).selectOption('en')
  await expect(banner).toContainText('Preview: put web and db on a new user-defined network')
})

test('an example that does not exist, and the recovery screen of a damaged autosave, in Chinese', async ({
  page,
}) => {
  await page.goto('/?example=nosuch')
  const toast = page.getByTestId('toast')
  await expect(toast).toContainText('没有名为“nosuch”的示例。')
  expect(await uiEnglishIn(toast, /^nosuch$/)).toEqual([])
  await page.goto('/')
  await putAutosave(page, {
    text: '{"format":"docknet","version":1,"topology":{"hosts":[],"networks":[]}}',
    transcript: [],
    title: 't',
    lineage: 'x',
    tab: 't',
    savedAt: 1,
  })
  await page.reload()
  // The reason is Docknet's own reader, in Chinese too (its words load without holding it up).
  await expect(page.getByTestId('recovery')).toContainText(
    '文档已损坏：拓扑里没有 containers 列表。',
  )
  await chinese(page, page.getByTestId('recovery'), 'recovery')
})
