/**
 * The words of the Why dialog, the fix lists and the packet walk, and of the canvas banners
 * that show a trace or a previewed fix: English, Chinese on demand (i18n/catalog.ts).
 */
import { defineMessages, type MessageBundle } from '../i18n/catalog'

const en = {
  dialogLabel: (p: { title: string }) => `Why: ${p.title}`,
  exchangeFailed:
    'The connection was made: what failed is the exchange over it, not the network. The server on that port does not answer as the command expects (curl and wget expect HTTP).',
  walkOnCanvas: 'Walk it on the canvas',
  showPathOnCanvas: 'Show the path on the canvas',
  whyLabel: (p: { target: string }) => `Why, ${p.target}`,
  whyByName: (p: { target: string }) => `Why, by the name ${p.target}`,
  goneNoFix: 'No fix to offer: the container that tried no longer exists (say, it ran with --rm).',
  findSmallestFix: 'Find the smallest fix',
  noFix: 'No fix: nothing Docker offers makes this work.',
  why: 'Why',
  noteFixed: 'Fixed: the problem is gone from the topology.',
  noteNoFix: 'No fix to offer: change it as the rule says.',
  refusalLabel: 'Why Docker refused it',
  refusalSaysAll: 'Docker’s message says it all: it names what it refused and why.',
  refusalNoFix: 'No fix to offer: change the command as the rule says.',
  lookingForFix: 'Looking for the smallest fix…',
  fixes: 'Fixes',
  breaks: (p: { what: string }) => `Breaks what works now: ${p.what}`,
  checkedChanged:
    'Checked for the pairs of the containers it changes (the world is too big to check every pair).',
  apply: 'Apply',
  previewOnCanvas: 'Preview on the canvas',
  packetWalk: "The packet's walk",
  packetWalkTo: (p: { target: string }) => `The packet’s walk to ${p.target}`,
  back: 'Back',
  step: 'Step',
  play: 'Play',
  pause: 'Pause',
  stepOf: (p: { step: number; steps: number }) => `step ${p.step} of ${p.steps}`,
  trace: 'Trace',
  reachable: 'reachable',
  byAddressOnly: (p: { name: string }) => `by IP address only, not by the name ${p.name}`,
  notReachable: 'not reachable',
  clearTrace: 'Clear trace',
  rulesOnTheWay: (p: { rules: number }) =>
    p.rules === 1 ? '1 rule on the way' : `${p.rules} rules on the way`,
  walkHopByHop: 'Walk the packet on the canvas, hop by hop',
  fixPreview: 'Fix preview',
  wouldAdd: (p: { card: string }) => `would add ${p.card}`,
  previewOf: (p: { why: string }) => `Preview: ${p.why}`,
  previewLegendTitle:
    'Dashed in magenta: what it adds, and the cards it makes again; dotted red: the edges it takes away',
  previewLegend:
    'Dashed in magenta: what it adds, and the cards it makes again; dotted red: the edges it takes away.',
  cancel: 'Cancel',
}

export type WhyMessages = typeof en

export const whyMessages: MessageBundle<WhyMessages> = defineMessages(en, () =>
  import('./messages.zh').then((m) => m.zh),
)
