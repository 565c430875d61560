import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { container, drawEdge, type } from './helpers'

/** The whole lesson maker in a picture: a tall window, so that the panel needs no scrolling. */
async function shootPanel(page: Page, path: string) {
  const size = page.viewportSize()
  await page.setViewportSize({ width: 1280, height: 3600 })
  await page.getByTestId('author-panel').evaluate((e) => e.scrollTo(0, 0))
  await page.getByTestId('author-panel').screenshot({ path })
  if (size) await page.setViewportSize(size)
}

/** Opens "Make a lesson" from the Lessons list, in English or Chinese. */
async function makeALesson(page: Page, zh = false, shot?: string) {
  await page.getByRole('button', { name: zh ? '课程' : 'Lessons' }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  if (shot) await page.screenshot({ path: shot })
  await page.getByRole('button', { name: zh ? '制作课程' : 'Make a lesson' }).click()
  await expect(page.getByTestId('author-panel')).toBeVisible()
  return page.getByTestId('author-panel')
}

test('a teacher makes a lesson, tests it, saves it and shares it; a student opens the link and completes it another way', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/')
  // The world students begin with: two containers that cannot find each other by name.
  await type(
    page,
    'docker run -dit --name front busybox',
    'docker run -dit --name back busybox',
    'docker run -dit --name outsider busybox',
  )
  await expect(container(page, 'outsider')).toBeVisible()
  const panel = await makeALesson(page)
  await panel.getByRole('button', { name: 'Record start' }).click()
  await expect(panel.getByTestId('author-start-status')).toHaveText(
    'Start recorded: 4 commands, which build this world again.',
  )

  // The change students are to make, typed and drawn: a network of their own.
  await type(page, 'docker network create n', 'docker network connect n front')
  await drawEdge(page, container(page, 'back'), page.getByLabel('network n', { exact: true }))
  await expect(page.getByTestId('status-line')).toHaveText('$ docker network connect n back')
  const step = panel.getByTestId('author-step')
  await expect(step.getByRole('textbox', { name: /^Solution/ })).toHaveValue(
    'docker network create n\ndocker network connect n front\ndocker network connect n back',
  )
  await expect(step).toContainText('Follows what you change on the canvas and in the terminal')

  // Goals picked from the facts: front reaches back by name, the outsider still does not.
  const facts = panel.getByTestId('author-facts')
  await facts.getByRole('searchbox', { name: 'Filter the facts' }).fill('by that name (ping)')
  await facts
    .getByRole('button', { name: 'Add as a goal: front reaches back by that name (ping)' })
    .click()
  await facts
    .getByRole('button', {
      name: 'Add as a goal that must not hold: outsider reaches back by that name (ping)',
    })
    .click()
  await expect(step.getByTestId('author-goal')).toHaveText([
    'front reaches back by that name (ping)',
    'not: outsider reaches back by that name (ping)',
  ])

  // The texts, English and (for the title) Chinese.
  await panel.getByRole('textbox', { name: 'Title (English)' }).fill('Ping by name')
  await panel.getByRole('textbox', { name: 'Title (Chinese, optional)' }).fill('按名字 ping')
  await expect(panel.getByRole('textbox', { name: 'Id' })).toHaveValue('ping-by-name')
  await panel
    .getByRole('textbox', { name: 'How it works (English)' })
    .fill('The default bridge has no DNS; a user-defined network answers container names.')
  await step
    .getByRole('textbox', { name: 'What to do (English)' })
    .fill('Make front reach back by its name, and only front.')
  await step
    .getByRole('textbox', { name: 'Hint (English)' })
    .fill('Which networks have an embedded DNS server?')

  // Test plays it: each goal unmet before the step, met after its solution.
  await panel.getByTestId('author-test').click()
  const report = panel.getByTestId('author-test-report')
  await expect(report).toHaveAttribute('data-ok', 'true')
  await expect(report).toHaveAttribute('data-ready', 'true')
  await expect(report).toContainText('Test passed')
  await expect(report).toContainText(
    'front reaches back by that name (ping): unmet before, met after',
  )
  await page.screenshot({ path: 'e2e/screenshots/lesson-authoring.png' })
  await shootPanel(page, 'e2e/screenshots/lesson-authoring-panel.png')

  // Saved as a file: the lesson file a student's Open reads.
  const download = page.waitForEvent('download')
  await panel.getByRole('button', { name: 'Save file' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('ping-by-name.docknet-lesson.json')
  const saved = JSON.parse(await readFile(await file.path(), 'utf8'))
  expect(saved).toMatchObject({
    format: 'docknet-lesson',
    version: 1,
    id: 'ping-by-name',
    title: { en: 'Ping by name', zh: '按名字 ping' },
    start: expect.stringContaining('docker run -dit --name outsider busybox'),
    steps: [
      {
        kind: 'goal',
        goals: [
          { kind: 'reaches', by: 'name', from: 'front', to: 'back' },
          {
            kind: 'not',
            goal: { kind: 'reaches', by: 'name', from: 'outsider', to: 'back' },
          },
        ],
        solution:
          'docker network create n\ndocker network connect n front\ndocker network connect n back',
      },
    ],
  })
  expect(saved.explanation).toEqual({
    en: 'The default bridge has no DNS; a user-defined network answers container names.',
  })

  // Shared as a link.
  await panel.getByRole('button', { name: 'Copy share link' }).click()
  await expect(page.getByTestId('toast')).toContainText('Link copied (')
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(link).toMatch(/^http:\/\/[^#]+#lesson=[A-Za-z0-9+$-]+$/)

  // A student, in a browser of their own, opens the link.
  const studentContext = await browser.newContext()
  const student = await studentContext.newPage()
  await student.goto(link)
  const lesson = student.getByTestId('lesson-panel')
  await expect(lesson.getByRole('heading', { name: 'Ping by name' })).toBeVisible()
  await expect(container(student, 'outsider')).toBeVisible()
  const steps = student.getByTestId('lesson-step')
  await expect(steps).toHaveCount(1)
  await expect(steps.first()).toHaveAttribute('data-done', 'false')
  // Another correct way than the teacher's: a link, which names back in front's /etc/hosts.
  await type(student, 'docker rm -f front')
  await type(student, 'docker run -dit --name front --link back busybox')
  await expect(steps.first()).toHaveAttribute('data-done', 'true')
  await expect(student.getByTestId('lesson-finished')).toBeVisible()
  // The progress is kept, and the lesson offered again, after a reload.
  await student.reload()
  await student.getByRole('button', { name: 'Lessons' }).click()
  const mine = student
    .getByRole('list', { name: 'Opened here' })
    .getByRole('listitem')
    .filter({ hasText: 'Ping by name' })
  await expect(mine.getByTestId('lesson-progress')).toHaveText('Done')
  await student.screenshot({ path: 'e2e/screenshots/lesson-list-own.png' })
  await studentContext.close()

  // Another student gets the file instead, and opens it with Open.
  const other = await browser.newPage()
  await other.goto('/')
  await other.getByTestId('open-file').setInputFiles(await file.path())
  await expect(
    other.getByTestId('lesson-panel').getByRole('heading', { name: 'Ping by name' }),
  ).toBeVisible()
  await expect(container(other, 'outsider')).toBeVisible()
  await other.close()

  // The teacher tries it as a student: from its start, "Show me" runs the recorded solution.
  await panel.getByRole('button', { name: 'Try it as a student' }).click()
  const tried = page.getByTestId('lesson-panel')
  await expect(tried.getByRole('heading', { name: 'Ping by name' })).toBeVisible()
  await expect(page.getByTestId('author-panel')).toHaveCount(0)
  await page.getByTestId('lesson-show-me').click()
  await expect(page.getByTestId('lesson-step').first()).toHaveAttribute('data-done', 'true')
  // Back to the maker: the draft is as it was.
  await makeALesson(page)
  await expect(page.getByRole('textbox', { name: 'Title (English)' })).toHaveValue('Ping by name')
})

test('Test says which goal already holds, and what the draft lacks before it is shared, where the maker shows it', async ({
  page,
}) => {
  await page.goto('/')
  await type(page, 'docker network create n', 'docker run -dit --name front --network n busybox')
  await type(page, 'docker run -dit --name back --network n busybox')
  const panel = await makeALesson(page)
  await panel.getByRole('button', { name: 'Save file' }).click()
  await expect(panel.getByTestId('author-problems')).toContainText('Start: record the start first')
  await panel.getByRole('button', { name: 'Record start' }).click()
  // A goal that already holds at the start: the step would be done on arrival.
  await panel
    .getByRole('button', { name: 'Add as a goal: front reaches back by that name (ping)' })
    .click()
  await panel.getByTestId('author-test').click()
  const report = panel.getByTestId('author-test-report')
  await expect(report).toHaveAttribute('data-ok', 'false')
  await expect(report).toContainText('met before, met after')
  await expect(report).toContainText('Every goal holds already when this step begins')
  // What Save would refuse, said by Test already, in the words of the maker's fields.
  const lacks = report.getByTestId('author-problems')
  await expect(lacks).toContainText('Title (English): a text lacks its English (en)')
  await expect(lacks).toContainText('Step 1 · Solution: empty')
  await panel.getByRole('button', { name: 'Copy share link' }).click()
  await expect(panel.getByTestId('author-problems').last()).toContainText(
    'Title (English): a text lacks its English (en)',
  )
})

test('a teacher adds predictions: asked of a fact, answered by Test, predicted by a student', async ({
  page,
}) => {
  await page.goto('/')
  await type(page, 'docker run -dit --name front busybox', 'docker run -dit --name back busybox')
  const panel = await makeALesson(page)
  await panel.getByRole('button', { name: 'Record start' }).click()
  await panel.getByRole('textbox', { name: 'Title (English)' }).fill('Names need a network')
  await panel
    .getByRole('textbox', { name: 'How it works (English)' })
    .fill('The default bridge answers no names; a user-defined network does.')
  const steps = panel.getByTestId('author-step')
  const facts = panel.getByTestId('author-facts')
  const filter = facts.getByRole('searchbox', { name: 'Filter the facts' })
  /** The last step's texts and solution, as the teacher writes them. */
  const write = async (text: string, hint: string, solution?: string) => {
    const step = steps.last()
    await step.getByRole('textbox', { name: 'What to do (English)' }).fill(text)
    await step.getByRole('textbox', { name: 'Hint (English)' }).fill(hint)
    if (solution) await step.getByRole('textbox', { name: /^Solution/ }).fill(solution)
  }

  // Step 1 asks, before anything is run, whether front reaches back by its name.
  await steps
    .last()
    .getByRole('radio', { name: /^Prediction/ })
    .check()
  await expect(steps.last().getByTestId('author-question')).toHaveText(
    'No question yet: pick a fact of the world and “ask”.',
  )
  await filter.fill('front reaches back by that name (ping)')
  await facts
    .getByRole('button', {
      name: 'Ask as a prediction, yes or no: front reaches back by that name (ping)',
    })
    .click()
  await expect(steps.last().getByTestId('author-question')).toHaveText(
    'Will it be so? front reaches back by that name (ping)',
  )
  await write(
    'Will ping back work from front?',
    'Who answers names on the default bridge?',
    'docker exec front ping -c 1 back',
  )

  // Step 2 is a goal: the network that makes it so, typed by the teacher.
  await panel.getByRole('button', { name: 'Add a step' }).click()
  await type(page, 'docker network create n', 'docker network connect n front')
  await type(page, 'docker network connect n back')
  await facts
    .getByRole('button', { name: 'Add as a goal: front reaches back by that name (ping)' })
    .click()
  await write('Make front reach back by its name.', 'Put both on a network of your own.')

  // Step 3 asks which address the name now resolves to.
  await panel.getByRole('button', { name: 'Add a step' }).click()
  await steps
    .last()
    .getByRole('radio', { name: /^Prediction/ })
    .check()
  await filter.fill('back')
  await facts.getByRole('button', { name: 'Ask which address back resolves to in front' }).click()
  await expect(steps.last().getByTestId('author-question')).toHaveText(
    'Which address will back resolve to in front?',
  )
  await write(
    'Which address does front get for back?',
    'The embedded DNS answers with the address on the network they share.',
    'docker exec front getent hosts back',
  )

  // Test answers each question in the world its step begins in.
  await panel.getByTestId('author-test').click()
  const report = panel.getByTestId('author-test-report')
  await expect(report).toHaveAttribute('data-ok', 'true')
  const predictions = report.getByTestId('author-test-prediction')
  await expect(predictions.first()).toContainText('The answer when the step begins: no')
  await expect(predictions.last()).toContainText('The answer when the step begins: 172.18.0.3')
  await shootPanel(page, 'e2e/screenshots/lesson-authoring-predict.png')

  // The teacher tries it as a student: predicts, reads the answer, goes on.
  await panel.getByRole('button', { name: 'Try it as a student' }).click()
  const lesson = page.getByTestId('lesson-panel')
  await expect(lesson.getByRole('heading', { name: 'Names need a network' })).toBeVisible()
  await lesson
    .getByRole('group', { name: 'Your prediction' })
    .getByRole('button', { name: 'yes' })
    .click()
  await expect(lesson.getByTestId('lesson-answer')).toContainText('Not quite. The answer: no.')
  await page.screenshot({ path: 'e2e/screenshots/lesson-predict-authored.png' })
})

test.describe('in a Chinese browser', () => {
  test.use({ locale: 'zh-CN' })

  test('the lesson maker speaks Chinese', async ({ page }) => {
    await page.goto('/')
    await type(page, 'docker run -d --name db training/postgres')
    await type(page, 'docker run -d --name web --link db:db training/webapp python app.py')
    const panel = await makeALesson(page, true, 'e2e/screenshots/lesson-list-zh.png')
    await panel.getByRole('button', { name: '记录起点' }).click()
    await expect(panel.getByTestId('author-start-status')).toContainText('起点已记录')
    await type(page, 'docker rm -f web')
    await type(page, 'docker run -d --name web --link db:sql training/webapp python app.py')
    await panel.getByRole('textbox', { name: '标题（英文）' }).fill('Link aliases')
    await panel.getByRole('textbox', { name: '标题（中文，可选）' }).fill('链接别名')
    await panel
      .getByRole('button', { name: '添加为目标：web 能通过名字 sql 访问 5432 端口' })
      .click()
    await panel.getByTestId('author-test').click()
    const report = panel.getByTestId('author-test-report')
    await expect(report).toHaveAttribute('data-ok', 'true')
    await expect(report).toContainText('各步骤都能按预期运行，但课程还不能保存或分享')
    await expect(report.getByTestId('author-problems')).toContainText(
      '原理说明（英文）：某段文字缺少英文（en）',
    )
    await page.screenshot({ path: 'e2e/screenshots/lesson-authoring-zh.png' })
    await shootPanel(page, 'e2e/screenshots/lesson-authoring-panel-zh.png')
  })
})
