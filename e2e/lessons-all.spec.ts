import { test } from '@playwright/test'
import { type } from './helpers'
import { ANSWERS, completeLesson } from './lesson-helpers'
import { LANGS, WORDS } from './lesson-words'

// Every built-in lesson completed by typed commands, in each language of the interface: the
// commands are Docker's, the predictions are answered in the interface's words.
for (const lang of LANGS) {
  test.describe(() => {
    test.use({ locale: WORDS[lang].locale })
    for (const id of Object.keys(ANSWERS)) {
      test(`the lesson ${id} completes with typed commands and predictions${WORDS[lang].suffix}`, async ({
        page,
      }) => {
        await completeLesson(
          page,
          id,
          (_, step) => type(page, ...step.solution.split('\n').filter((l) => l.trim() !== '')),
          lang,
        )
      })
    }
  })
}
