/** The lessons' words (the list, the panel, the goals in words): English, Chinese on demand. */
import { defineMessages, type MessageBundle } from '../i18n/catalog'

const en = {
  listTitle: 'Lessons',
  listIntro:
    'Each lesson builds a starting world and sets goals. Reach them any way you like, on the canvas or in the terminal: Docknet checks the world after every change.',
  progress: (p: { done: number; total: number }) =>
    p.done === p.total ? 'Done' : `${p.done} of ${p.total} steps done`,
  progressLabel: (p: { title: string }) => `${p.title}: progress`,
  open: 'Open',
  continue: 'Continue',
  openLabel: (p: { title: string }) => `Open the lesson ${p.title}`,
  ownTitle: 'Opened here',
  builtInTitle: 'Built in',
  ownIntro: 'Lessons opened from files and links, and your own, with your progress.',
  forget: (p: { title: string }) => `Take ${p.title} off this list`,
  make: 'Make a lesson',
  makeTitle: 'Write your own lesson from the world on the canvas',
  panelLabel: (p: { title: string }) => `Lesson: ${p.title}`,
  reset: 'Reset',
  resetTitle: 'Start the lesson again',
  close: 'Close the lesson',
  howItWorks: 'How it works',
  readMore: 'Read on',
  stepDone: 'done',
  finished:
    'Lesson done: every goal reached and every question answered. Reset to try it again, another way.',
  goals: 'Goals',
  goalMet: 'met',
  goalNotYet: 'not yet',
  hint: 'Hint',
  showMe: 'Show me',
  showing: 'Showing…',
  showMeRebuilt:
    '“Show me” began again from where its step begins: from the world as you left it, the solution would not have worked. Undo brings your world back.',
  showMeTitle: (p: { commands: string }) => `Runs, one by one: ${p.commands}`,
  prediction: 'Your prediction',
  yes: 'yes',
  no: 'no',
  none: 'none',
  right: 'Right.',
  wrong: 'Not quite.',
  answer: (p: { answer: string }) => `The answer: ${p.answer}.`,
  next: 'Next step',
  reachesByName: (p: { from: string; to: string; port: number | null }) =>
    `${p.from} reaches ${p.to} by that name${p.port === null ? ' (ping)' : ` on port ${p.port}`}`,
  reachesByIp: (p: { from: string; to: string; port: number | null }) =>
    `${p.from} reaches ${p.to} by an address${p.port === null ? ' (ping)' : ` on port ${p.port}`}`,
  resolves: (p: { from: string; name: string }) => `${p.name} resolves in ${p.from}`,
  resolvesTo: (p: { from: string; name: string; address: string }) =>
    `${p.name} resolves to ${p.address} in ${p.from}`,
  hostsLine: (p: { container: string; text: string }) =>
    `a line of ${p.container}'s /etc/hosts reads "${p.text}"`,
  envSet: (p: { container: string; name: string }) => `${p.container} has ${p.name} set`,
  envIs: (p: { container: string; name: string; value: string }) =>
    `${p.container} has ${p.name}=${p.value}`,
  fileVisible: (p: { writer: string; at: string; path: string; container: string }) =>
    `a file ${p.writer} writes in ${p.at} shows in ${p.path} of ${p.container}`,
  hostFiles: (p: { host: string }) => `host ${p.host}`,
  published: (p: { host: string; port: number; on: string | null }) =>
    `host ${p.host} publishes port ${p.port}${p.on ? ` on ${p.on}` : ''}`,
  running: (p: { container: string }) => `${p.container} is running`,
  refused: (p: { command: string }) => `Docker refuses: ${p.command}`,
  not: (p: { goal: string }) => `not: ${p.goal}`,
  onHost: (p: { name: string; host: string }) => `${p.name} (on ${p.host})`,
  addressOf: (p: { container: string }) => `the address of ${p.container}`,
  asksYesNo: (p: { goal: string }) => `Will it be so? ${p.goal}`,
  asksAddress: (p: { from: string; name: string }) =>
    `Which address will ${p.name} resolve to in ${p.from}?`,
  breakIt: 'Break it',
  breakItTitle: 'Make one hidden change to this working world, then find it and fix it',
  drillIntro:
    'Something is broken. Find it and fix it: every connection that worked must work again.',
  drillBroken: (p: { count: number }) =>
    p.count === 1 ? '1 connection stopped working.' : `${p.count} connections stopped working.`,
  drillNoLonger: (p: { goal: string }) => `This no longer works: ${p.goal}.`,
  drillStop: (p: { container: string }) => `${p.container} was stopped.`,
  drillDisconnect: (p: { container: string; network: string }) =>
    `${p.container} was disconnected from ${p.network}.`,
  drillMove: (p: { container: string; from: string; to: string }) =>
    `${p.container} was moved from network ${p.from} to ${p.to}.`,
  drillUnpublish: (p: { container: string }) =>
    `${p.container} was made again without its published ports.`,
  drillRename: (p: { container: string; to: string }) => `${p.container} was renamed ${p.to}.`,
  drillIcc: (p: { host: string }) => `The daemon of ${p.host} was restarted with --icc=false.`,
  drillFixed: 'Fixed: every connection that worked works again.',
  drillEnd: 'End the drill',
  nothingToBreak: 'Nothing to break: no container reaches another by name here yet.',
  unknown: (p: { id: string }) => `There is no lesson named "${p.id}".`,
  cannotOpen: (p: { errors: string }) => `Cannot open this lesson file: ${p.errors}`,
  cannotOpenLink: (p: { errors: string }) => `Cannot open this lesson link: ${p.errors}`,
  at: (p: { path: string; error: string }) => (p.path ? `${p.path}: ${p.error}` : p.error),
  andMore: (p: { errors: string; more: number }) =>
    `${p.errors} and ${p.more} more mistake${p.more === 1 ? '' : 's'}`,
  NOT_JSON: 'it is not JSON',
  TOO_LARGE: 'it is larger than 1 MiB',
  NOT_A_LESSON: 'it is not a Docknet lesson ("format": "docknet-lesson")',
  UNSUPPORTED_VERSION: 'this version of the lesson format is not known (Docknet reads version 1)',
  MISSING_FIELD: 'a required field is missing',
  UNKNOWN_FIELD: 'unknown field',
  WRONG_TYPE: 'wrong type',
  MISSING_TRANSLATION: 'a text lacks its English (en)',
  BAD_VALUE: 'not a value this field takes',
  EMPTY: 'empty',
  BAD_ID: 'an id is lower-case letters, digits and dashes',
  BAD_PORT: 'a port is a whole number from 1 to 65535',
  NO_STEPS: 'a lesson has at least one step',
  NO_GOALS: 'a goal step has at least one goal',
  DAMAGED_LINK: 'the link is damaged: it holds no lesson (was it cut when it was passed on?)',
  LINK_TOO_LONG: 'the link is longer than Docknet reads: ask for the lesson file',
}

export type LessonMessages = typeof en

export const lessonMessages: MessageBundle<LessonMessages> = defineMessages(en, () =>
  import('./messages.zh').then((m) => m.zh),
)
