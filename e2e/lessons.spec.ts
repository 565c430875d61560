import { expect, test } from '@playwright/test'
import { type } from './helpers'

test('a lesson from its address: predict, reach a goal by typing, "show me", progress kept', async ({
  page,
}) => {
  await page.goto('/?lesson=links')
  const panel = page.getByTestId('lesson-panel')
  await expect(panel.getByRole('heading', { name: 'Container names and --link' })).toBeVisible()
  const steps = page.getByTestId('lesson-step')
  await expect(steps).toHaveCount(4)
  // Predict: web cannot find db by name on the default bridge.
  await panel
    .getByRole('group', { name: 'Your prediction' })
    .getByRole('button', { name: 'no' })
    .click()
  await expect(page.getByTestId('lesson-answer')).toContainText('Right. The answer: no.')
  await expect(page.getByTestId('lesson-answer')).toContainText(
    'the default bridge has no embedded DNS',
  )
  await expect(steps.nth(0)).toHaveAttribute('data-done', 'true')
  await page.screenshot({ path: 'e2e/screenshots/lesson-predict.png' })
  await panel.getByRole('button', { name: 'Next step' }).click()
  // A goal, reached another way than the lesson's: a user-defined network.
  await type(
    page,
    'docker network create appnet',
    'docker network connect appnet web',
    'docker network connect appnet db',
  )
  await expect(steps.nth(1)).toHaveAttribute('data-done', 'true')
  // "Show me" runs the next step's solution, a command at a time, as typed.
  await page.getByTestId('lesson-show-me').click()
  await expect(steps.nth(2)).toHaveAttribute('data-done', 'true')
  await expect(page.getByTestId('terminal-output')).toContainText('--link db:sql')
  await page.screenshot({ path: 'e2e/screenshots/lesson-goal.png' })
  // Progress survives a reload: the list says so.
  await page.reload()
  await page.getByRole('button', { name: 'Lessons' }).click()
  const links = page
    .getByTestId('lesson-list')
    .getByRole('listitem')
    .filter({ hasText: 'Container names and --link' })
  await expect(links.getByTestId('lesson-progress')).toHaveText('3 of 4 steps done')
  await page.screenshot({ path: 'e2e/screenshots/lesson-list.png' })
  await links.getByRole('button', { name: /^Open the lesson/ }).click()
  await expect(page.getByTestId('lesson-step').nth(3).getByRole('button')).toHaveAttribute(
    'aria-current',
    'step',
  )
})

test('on a 720 px screen: a refused command’s question answers with Docker’s words and the rule; "show me" after part of a step', async ({
  page,
}) => {
  await page.goto('/?lesson=ambassador')
  const panel = page.getByTestId('lesson-panel')
  const choices = panel.getByRole('group', { name: 'Your prediction' })
  // The lesson has the column: the question is in sight below its explanation.
  await expect(choices).toBeInViewport({ ratio: 1 })
  await choices.getByRole('button', { name: 'yes' }).click()
  const answer = page.getByTestId('lesson-answer')
  await expect(answer).toContainText('Right. The answer: yes.')
  await expect(answer).toContainText('could not get container for mysql: No such container: mysql')
  await expect(answer).toContainText('Links never cross hosts')
  await expect(answer).toBeInViewport()
  await panel.getByRole('button', { name: 'Next step' }).click()
  await type(
    page,
    'docker --context vm2 run -d --name ambassador1 --link mysql:mysql -p 3306:3306 svendowideit/ambassador',
  )
  const steps = page.getByTestId('lesson-step')
  await expect(steps.nth(1)).toHaveAttribute('data-done', 'true')
  // Part of the next step, without its -e: the solution's own `docker run --name ambassador2`
  // would be refused, so "show me" begins from where the step begins.
  await type(page, 'docker run -d --name ambassador2 --expose 3306 svendowideit/ambassador')
  await page.getByTestId('lesson-show-me').click()
  await expect(steps.nth(2)).toHaveAttribute('data-done', 'true')
  await expect(panel.getByTestId('lesson-rebuilt')).toContainText(
    'began again from where its step begins',
  )
  await expect(page.getByTestId('terminal-output')).not.toContainText('is already in use')
  await page.screenshot({ path: 'e2e/screenshots/lesson-show-me-rebuilt.png' })
})

test('break it: a hidden change to a working world, the hint ladder, fixed by any repair', async ({
  page,
}) => {
  await page.goto('/?lesson=links')
  // The lesson's world made to work: web reaches db by the name db.
  await type(
    page,
    'docker rm -f web',
    'docker run -d --name web --link db:db training/webapp python app.py',
  )
  await expect(page.getByTestId('terminal-output')).toContainText('--link db:db training/webapp')
  const lines = await page.getByTestId('terminal-output').innerText()
  await page.getByTestId('lesson-break-it').click()
  const drill = page.getByTestId('break-drill')
  await expect(drill).toHaveAttribute('data-fixed', 'false')
  await expect(drill).toContainText('stopped working')
  // Hidden: nothing new in the terminal.
  expect(await page.getByTestId('terminal-output').innerText()).toBe(lines)
  for (let i = 0; i < 3; i++) await drill.getByRole('button', { name: 'Hint' }).click()
  await expect(drill.getByTestId('drill-hints').getByRole('listitem')).toHaveCount(3)
  await expect(drill.getByRole('button', { name: 'Hint' })).toBeDisabled()
  await page.screenshot({ path: 'e2e/screenshots/lesson-break-it.png' })
  // Any repair counts that brings every connection back: here, undo.
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(drill).toHaveAttribute('data-fixed', 'true')
  await expect(drill).toContainText('Fixed: every connection that worked works again.')
})

test.describe('in a Chinese browser', () => {
  test.use({ locale: 'zh-CN' })

  test('the lessons speak Chinese, the toolbar switches the language, and the choice is kept', async ({
    page,
  }) => {
    await page.goto('/?lesson=links')
    await expect(page.getByRole('button', { name: '课程' })).toBeVisible()
    const panel = page.getByTestId('lesson-panel')
    await expect(panel.getByRole('heading', { name: '容器名与 --link' })).toBeVisible()
    await panel.getByRole('group', { name: '你的预测' }).getByRole('button', { name: '否' }).click()
    await expect(page.getByTestId('lesson-answer')).toContainText('答对了。 答案：否。')
    await page.screenshot({ path: 'e2e/screenshots/lesson-zh.png' })
    await page.getByRole('combobox', { name: '语言' }).selectOption('en')
    await expect(panel.getByRole('heading', { name: 'Container names and --link' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Lessons' })).toBeVisible()
    await page.reload()
    await expect(page.getByRole('button', { name: 'Lessons' })).toBeVisible()
  })

  test('the inspector and the reachability matrix speak Chinese too', async ({ page }) => {
    await page.goto('/?example=icc')
    await page.getByLabel('容器 stranger', { exact: true }).click()
    await expect(page.getByRole('tab', { name: '编辑' })).toBeVisible()
    await page.screenshot({ path: 'e2e/screenshots/inspector-zh.png' })
    await page.getByRole('button', { name: '连通矩阵' }).click()
    await expect(page.getByRole('heading', { name: '连通矩阵' })).toBeVisible()
    await page.screenshot({ path: 'e2e/screenshots/matrix-zh.png' })
  })
})

/** A lesson a teacher wrote by hand (docs/lessons.md). */
const TEACHER_LESSON = {
  format: 'docknet-lesson',
  version: 1,
  id: 'ping-by-name',
  title: { en: 'Ping by name', zh: '按名字 ping' },
  explanation: {
    en: 'Containers on one user-defined network find each other by name.',
    zh: '同一个自定义网络上的容器能按名字找到彼此。',
  },
  start: 'docker run -dit --name front busybox\ndocker run -dit --name back busybox',
  steps: [
    {
      kind: 'goal',
      text: { en: 'Make front ping back by its name.', zh: '让 front 能按名字 ping 通 back。' },
      goals: [{ kind: 'reaches', by: 'name', from: 'front', to: 'back' }],
      hint: { en: 'The default bridge has no DNS.', zh: '默认 bridge 没有 DNS。' },
      solution:
        'docker network create n\ndocker network connect n front\ndocker network connect n back',
    },
  ],
}

test('a lesson file a teacher wrote opens with Open and completes; a broken one says why', async ({
  page,
}) => {
  await page.goto('/')
  const open = (name: string, text: string) =>
    page
      .getByTestId('open-file')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) })
  const broken = { ...TEACHER_LESSON, steps: [{ ...TEACHER_LESSON.steps[0], goals: [] }] }
  await open('broken.json', JSON.stringify(broken))
  await expect(page.getByTestId('toast')).toContainText(
    'Cannot open this lesson file: steps[0].goals: a goal step has at least one goal',
  )
  await expect(page.getByTestId('lesson-panel')).toHaveCount(0)
  await open('ping-by-name.json', JSON.stringify(TEACHER_LESSON))
  const panel = page.getByTestId('lesson-panel')
  await expect(panel.getByRole('heading', { name: 'Ping by name' })).toBeVisible()
  await type(page, 'docker network create n', 'docker network connect n front')
  await expect(page.getByTestId('lesson-step').first()).toHaveAttribute('data-done', 'false')
  await type(page, 'docker network connect n back')
  await expect(page.getByTestId('lesson-step').first()).toHaveAttribute('data-done', 'true')
  await expect(page.getByTestId('lesson-finished')).toBeVisible()
})

test('an address naming no lesson, or a damaged lesson link, says so and changes nothing', async ({
  page,
}) => {
  await page.goto('/?lesson=nope')
  await expect(page.getByTestId('toast')).toContainText('There is no lesson named "nope".')
  await page.goto('/#lesson=not-a-lesson')
  await expect(page.getByTestId('toast')).toContainText(
    'Cannot open this lesson link: the link is damaged',
  )
  await expect(page.getByTestId('lesson-panel')).toHaveCount(0)
})
