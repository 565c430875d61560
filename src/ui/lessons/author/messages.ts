/** The words of "Make a lesson": English, Chinese on demand. */
import { defineMessages } from '../../i18n/catalog'

const en = {
  title: 'Make a lesson',
  close: 'Close the lesson maker',
  intro:
    'Build the world students begin with and record it as the start. Then make the change you want them to make, on the canvas or in the terminal: it becomes the solution. Pick what must hold from the facts, write the texts, and Test.',
  recordStart: 'Record start',
  recordAgain: 'Record start again',
  recordTitle: 'The world as it is now becomes the lesson’s start',
  startNone: 'No start yet: build the world students begin with, then record it.',
  startSame: (p: { lines: number }) =>
    `Start recorded: ${p.lines} command${p.lines === 1 ? '' : 's'}, which build this world again.`,
  startDiffers:
    'Start recorded, but its script does not build exactly this world: its # lines say what it leaves out.',
  startRefused:
    'This world cannot be written as a script Docker accepts (links or joins in a cycle).',
  startUnchecked: (p: { lines: number }) =>
    `Start: ${p.lines} command${p.lines === 1 ? '' : 's'}, not checked against the world on the canvas.`,
  startScript: 'The start, as docker commands',
  lesson: 'The lesson',
  id: 'Id',
  idHint: 'lower-case letters, digits and dashes: the file’s name and the list’s key',
  lessonTitle: 'Title',
  explanation: 'How it works',
  inEnglish: (p: { field: string }) => `${p.field} (English)`,
  inChinese: (p: { field: string }) => `${p.field} (Chinese, optional)`,
  step: (p: { n: number }) => `Step ${p.n}`,
  stepPart: (p: { n: number; part: string }) => `Step ${p.n} · ${p.part}`,
  start: 'Start',
  solutionShort: 'Solution',
  inLanguage: (p: { field: string; language: 'en' | 'zh' }) =>
    `${p.field} (${p.language === 'en' ? 'English' : 'Chinese'})`,
  recording: 'recording',
  stepText: 'What to do',
  hint: 'Hint',
  goals: 'Goals',
  noGoals: 'No goal yet: add one from the facts of the world.',
  kind: 'Kind of step',
  kindGoal: 'Goal: done when it holds',
  kindPredict: 'Prediction: answered before anything runs',
  question: 'Question',
  noQuestion: 'No question yet: pick a fact of the world and “ask”.',
  askedNow: (p: { answer: string }) => `The answer in the world now: ${p.answer}`,
  removeGoal: (p: { goal: string }) => `Remove the goal: ${p.goal}`,
  solution: 'Solution (docker commands; “Show me” runs them)',
  following:
    'Follows what you change on the canvas and in the terminal; a command that only looks (docker exec … ping) you write in yourself.',
  byHand: 'Written by hand.',
  follow: 'Follow my changes again',
  lost: 'The world changed other than by docker commands since this step began (opened, replaced, undone past its start): write its solution, or undo back.',
  addStep: 'Add a step',
  addStepTitle: 'A new step, beginning where this one ends',
  removeStep: 'Remove the last step',
  facts: 'Facts of the world now',
  factsIntro: 'Add what must hold at the end of the last step as a goal, or what must not (“not”).',
  factsIntroPredict:
    'Ask about a fact: will it be so (yes or no), or, for a name, which address it resolves to. The answer is the one in the world when the step begins.',
  ask: 'ask',
  askLabel: (p: { fact: string }) => `Ask as a prediction, yes or no: ${p.fact}`,
  askAddress: 'ask address',
  askAddressLabel: (p: { name: string; from: string }) =>
    `Ask which address ${p.name} resolves to in ${p.from}`,
  filter: 'Filter the facts',
  reach: 'Who reaches whom',
  dns: 'DNS answers',
  hosts: '/etc/hosts lines',
  env: 'Environment variables',
  holds: 'holds now',
  holdsNot: 'does not hold now',
  asGoal: 'goal',
  asGoalLabel: (p: { fact: string }) => `Add as a goal: ${p.fact}`,
  asNot: 'not',
  asNotLabel: (p: { fact: string }) => `Add as a goal that must not hold: ${p.fact}`,
  noFacts: 'None.',
  more: (p: { count: number }) => `and ${p.count} more: filter to find them`,
  test: 'Test',
  testTitle: 'Play the lesson in memory: the start, then each step’s solution',
  testPassed: 'Test passed: each goal is unmet when its step begins and met after its solution.',
  testFailed: 'Test failed: see the steps marked ✗.',
  testNotReady:
    'The steps play as they should, but the lesson cannot be saved or shared yet: it lacks what is listed below.',
  testStale: 'The lesson has changed since this Test.',
  startRefusedAt: (p: { command: string; error: string }) =>
    `Docker refuses a line of the start: ${p.command}: ${p.error}`,
  refusedAt: (p: { command: string; error: string }) =>
    `Docker refuses a line of the solution: ${p.command}: ${p.error}`,
  metBefore: 'Every goal holds already when this step begins: it would be done at once.',
  predicted: (p: { question: string; answer: string; choices: string }) =>
    `${p.question} The answer when the step begins: ${p.answer} (choices: ${p.choices}).`,
  unasked: 'This prediction asks nothing yet.',
  goalPlayed: (p: { goal: string; before: boolean; after: boolean }) =>
    `${p.goal}: ${p.before ? 'met' : 'unmet'} before, ${p.after ? 'met' : 'unmet'} after`,
  save: 'Save file',
  saveTitle: 'Download the lesson file: Open, in any Docknet, opens it',
  link: 'Copy share link',
  linkTitle: 'A link that opens the lesson for a student',
  notReady: 'Not ready to share yet:',
  NO_START: 'record the start first',
  BUILT_IN_ID: 'a built-in lesson has this id: choose another',
  NO_QUESTION: 'a prediction step asks nothing yet',
  linkCopied: (p: { length: number }) =>
    `Link copied (${p.length} characters): it opens the lesson for a student.`,
  linkMade: (p: { length: number }) =>
    `Link made (${p.length} characters): it opens the lesson for a student.`,
  linkPrompt: (p: { length: number }) =>
    `Copy this link (${p.length} characters); the page may not use the clipboard:`,
  linkLong: 'It is long: some chat tools cut long links, and the file always works.',
  linkTooLong: (p: { length: number }) =>
    `The link would be ${p.length} characters, more than Docknet reads back: save the file instead.`,
  saved: (p: { file: string }) => `Saved ${p.file}: Open opens it as a lesson.`,
  tryIt: 'Try it as a student',
  tryItTitle: 'Open the lesson from its start, as a student would (Undo brings your world back)',
  discard: 'New lesson',
  discardConfirm: 'Start a new lesson? This draft will be gone.',
}

export type AuthorMessages = typeof en

export const authorMessages = defineMessages(en, () => import('./messages.zh').then((m) => m.zh))
