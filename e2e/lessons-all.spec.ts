import { test } from '@playwright/test'
import { type } from './helpers'
import { ANSWERS, completeLesson } from './lesson-helpers'

for (const id of Object.keys(ANSWERS)) {
  test(`the lesson ${id} completes with typed commands and predictions`, async ({ page }) => {
    await completeLesson(page, id, (_, step) =>
      type(page, ...step.solution.split('\n').filter((l) => l.trim() !== '')),
    )
  })
}
