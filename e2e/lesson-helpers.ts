import { readFileSync } from 'node:fs'
import { expect, type Page } from '@playwright/test'
import { container } from './helpers'
import { WORDS, type Lang } from './lesson-words'

/** A choice that is a container's address on a network, read off its card on the canvas. */
export interface AddressOf {
  readonly card: string
  readonly network: string
}

/**
 * The right answers to each lesson's predict steps, in order, as Docker Engine 28 behaves
 * (src/lessons/lessons.test.ts gives the reasons): 'yes' and 'no' are said in the interface's
 * language, an address is read off the canvas.
 */
export const ANSWERS: Record<string, readonly ('yes' | 'no' | AddressOf)[]> = {
  links: ['no', 'no'],
  'link-env': ['yes'],
  ambassador: ['yes', { card: 'ambassador2', network: 'bridge' }],
  volumes: ['no', 'yes'],
  joined: ['no', 'yes'],
  'host-network': ['no', 'no'],
  ports: ['no', 'yes'],
  icc: ['no', 'no'],
  'user-networks': ['no', { card: 'centos-1', network: 'testnet' }],
  'static-ip': ['yes', 'yes'],
  limits: ['yes', 'no', 'no'],
}

export interface LessonStep {
  readonly kind: 'goal' | 'predict'
  readonly solution: string
}

export interface LessonFile {
  readonly steps: readonly LessonStep[]
}

export const lessonFile = (id: string): LessonFile =>
  JSON.parse(readFileSync(new URL(`../src/lessons/${id}.json`, import.meta.url), 'utf8'))

/**
 * A container's address on a network, as its card on the canvas shows it. Read as the lines'
 * text, not as rendered text: a card out of view is not rendered (content-visibility), and its
 * rendered text is empty.
 */
export async function addressOn(
  page: Page,
  { card, network }: AddressOf,
  lang: Lang = 'en',
): Promise<string> {
  const lines = await container(page, card, lang).locator('div:not(:has(*))').allTextContents()
  const line = lines.find((l) => l.startsWith(`${network} `))
  if (!line) throw new Error(`${card} shows no address on ${network}: ${lines.join(' | ')}`)
  return line.slice(network.length + 1).trim()
}

/**
 * Opens the lesson `id` and walks its steps in order: a predict step is answered from ANSWERS,
 * a goal step is reached by `goal(i, step)`, and each step must then show as done. `lang` is the
 * interface's language (the browser's locale picks it).
 */
export async function completeLesson(
  page: Page,
  id: string,
  goal: (index: number, step: LessonStep) => Promise<void>,
  lang: Lang = 'en',
) {
  const w = WORDS[lang]
  const { steps } = lessonFile(id)
  const left = [...(ANSWERS[id] ?? [])]
  await page.goto(`/?lesson=${id}`)
  const panel = page.getByTestId('lesson-panel')
  const done = page.getByTestId('lesson-step')
  await expect(done).toHaveCount(steps.length)
  for (const [i, step] of steps.entries()) {
    await expect(done.nth(i).getByRole('button')).toHaveAttribute('aria-current', 'step')
    if (step.kind === 'predict') {
      const answer = left.shift()
      if (answer === undefined) throw new Error(`${id}: no answer for step ${i + 1}`)
      const choice = typeof answer === 'string' ? w[answer] : await addressOn(page, answer, lang)
      const prediction = panel.getByRole('group', { name: w.prediction })
      await prediction.getByRole('button', { name: choice, exact: true }).click()
      await expect(page.getByTestId('lesson-answer')).toContainText(w.right)
      if (i < steps.length - 1) await panel.getByRole('button', { name: w.next }).click()
    } else {
      await goal(i, step)
    }
    await expect(done.nth(i)).toHaveAttribute('data-done', 'true')
  }
  expect(left).toEqual([])
  await expect(page.getByTestId('lesson-finished')).toContainText(w.finished)
}
