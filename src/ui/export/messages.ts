/** The picture export dialog's words: English, Chinese on demand (i18n/catalog.ts). */
import { defineMessages, type MessageBundle } from '../i18n/catalog'

const en = {
  heading: 'Export a picture',
  title: 'Title',
  caption: 'Caption',
  hideUnusedBridge: 'Hide the default bridge when unused',
  hideAddresses: 'Hide IP addresses and subnets',
  addressesKept:
    'An SVG still carries the whole diagram, addresses included, so that it opens again in Docknet.',
  transparent: 'Transparent background',
  column: (p: { width: number }) => `Fit a ${p.width} px doc column`,
  smallestText: (p: { width: number; size: string; min: number | null }) =>
    `Smallest text at ${p.width} px: ${p.size} px${p.min === null ? '' : ` (under ${p.min} px)`}`,
  downloadSvg: 'Download SVG',
  downloadPng: 'Download PNG',
  cancel: 'Cancel',
  preview: 'Preview',
  previewAlt: 'Preview of the exported picture',
  failed: (p: { format: string; why: string }) => `The ${p.format} export failed: ${p.why}`,
  exportFormat: (p: { format: string }) => `Export ${p.format}`,
  picture: 'picture',
  pictureHint: 'SVG or PNG, previewed, with a title and options',
  mermaidHint: 'a flowchart for Markdown docs',
  drawioHint: 'an editable diagram for diagrams.net',
  composeHint: 'a compose file per host, that imports back the same',
  script: 'docker script',
  scriptHint: 'the commands that build it again',
  verify: 'verify script',
  verifyHint: 'builds it on real Docker and checks every fact',
  share: 'share link',
  shareHint: 'copied: it opens a copy of this diagram',
  copyPrompt: (p: { size: string }) =>
    `Copy this link (${p.size}); the page may not use the clipboard:`,
  linkDone: (p: { copied: boolean; size: string }) =>
    `Link ${p.copied ? 'copied' : 'made'} (${p.size}): whoever opens it gets a copy of this diagram.`,
  characters: (p: { n: string }) => `${p.n} characters`,
}

export type ExportMessages = typeof en

export const exportMessages: MessageBundle<ExportMessages> = defineMessages(en, () =>
  import('./messages.zh').then((m) => m.zh),
)
