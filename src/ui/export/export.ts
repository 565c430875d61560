/**
 * Export of the canvas as SVG or PNG (loaded on first use), drawn from the canvas's Diagram
 * (diagram.ts).
 */
import type { ReactFlowInstance } from '@xyflow/react'
import { SCENARIOS, type AppState } from '../../store'
import { download } from '../../io/browser/files'
import { toDrawio } from '../../io/drawio'
import { toMermaid } from '../../io/mermaid'
import { toScript } from '../../io/script'
import { verifyScript } from '../../io/verify'
import { composeFiles } from '../../io/compose/export'
import { canvasDiagram } from './diagram'
import { pictureSvg } from '../../io/picture/picture'
import { pictureOf, type PictureOptions } from './picture-options'
import { translateNow } from '../i18n/language'
import { shellMessages } from '../shell/messages'
import { legendWords } from './legend-words'

/**
 * How an example exports by default: its title and lesson, in the interface's language;
 * another diagram, as drawn.
 */
export function defaultPicture(state: AppState): PictureOptions {
  const example = SCENARIOS.find((x) => x.id === state.example)
  const t = translateNow(shellMessages)
  return {
    title: example ? t('exampleTitle', { id: example.id }) : '',
    caption: example ? t('exampleLesson', { id: example.id }) : '',
    hideUnusedBridge: false,
    hideAddresses: false,
    transparent: false,
    // Most pictures go into a doc column: fitted to it unless the writer asks for the canvas.
    column: true,
  }
}

/** The picture of the current canvas, with the document embedded and its legend in the interface's language. */
export function canvasSvg(
  flow: ReactFlowInstance,
  state: AppState,
  options: PictureOptions = defaultPicture(state),
): string {
  const diagram = pictureOf(canvasDiagram(flow, state), options)
  return pictureSvg(diagram, state.saveDocument(), {
    ...(options.title || options.caption
      ? { caption: { title: options.title, text: options.caption } }
      : {}),
    transparent: options.transparent,
    column: options.column,
    legend: legendWords(translateNow(shellMessages)),
  })
}

/** A file name from a title (`legacy-link.drawio`), or `diagram.*` without one. */
function fileStem(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug || 'diagram'
}

/** The project an imported compose file made, as compose labels its networks. */
const composeProject = (state: AppState): string | undefined =>
  [...state.shell.topology.networks.values()]
    .map((n) => n.labels['com.docker.compose.project'])
    .find((p) => p !== undefined)

/** Files are named after the example, else the imported compose project, else `diagram`. */
const stemOf = (state: AppState) =>
  fileStem(SCENARIOS.find((x) => x.id === state.example)?.title ?? composeProject(state) ?? '')

/** The canvas as an editable diagrams.net file: hosts as containers holding their cards. */
export function exportDrawio(flow: ReactFlowInstance, state: AppState): void {
  const diagram = canvasDiagram(flow, state)
  download(`${stemOf(state)}.drawio`, toDrawio(diagram, state.saveDocument()), 'application/xml')
}

/** The canvas as a Mermaid flowchart, for Markdown (GitHub, GitLab, MkDocs). */
export function exportMermaid(flow: ReactFlowInstance, state: AppState): void {
  const diagram = canvasDiagram(flow, state)
  const script = toScript(state.shell.topology)
  const text = toMermaid(diagram, script.ok ? script.script : undefined)
  download(`${stemOf(state)}.mmd`, text, 'text/vnd.mermaid')
}

/**
 * The world as compose files, one per host with containers (several download one after the
 * other), or why compose cannot say it.
 */
export function exportCompose(state: AppState): void {
  const made = composeFiles(state.shell.topology, state.compose)
  if (!made.ok) throw new Error(made.error)
  const stem = stemOf(state)
  for (const f of made.files)
    download(
      stem === 'diagram' ? f.fileName : f.fileName.replace(/^compose/, stem),
      f.text,
      'application/yaml',
    )
}

/** The world as a docker script that builds it again, on Docknet or on real Docker. */
export function exportScript(state: AppState): void {
  const script = toScript(state.shell.topology)
  if (!script.ok) throw new Error(script.error)
  download(`${stemOf(state)}.sh`, script.script, 'text/x-shellscript')
}

/**
 * The docker script, then plain shell checks of every fact Docknet computes (hosts lines, link
 * variables, names, a sample of reach), PASS or FAIL each: to check Docknet against a daemon.
 */
export function exportVerify(state: AppState): void {
  const script = verifyScript(state.shell.topology)
  if (!script.ok) throw new Error(script.error)
  download(`${stemOf(state)}.verify.sh`, script.script, 'text/x-shellscript')
}

/** A picture's file is named after its title, or the diagram when the title has no Latin letters. */
function pictureStem(title: string, state: AppState): string {
  const stem = fileStem(title)
  return stem === 'diagram' && title.trim() !== '' ? stemOf(state) : stem
}

export function exportSvg(
  flow: ReactFlowInstance,
  state: AppState,
  options: PictureOptions = defaultPicture(state),
): void {
  download(
    `${pictureStem(options.title, state)}.docknet.svg`,
    canvasSvg(flow, state, options),
    'image/svg+xml',
  )
}

/** Rasterises the SVG at twice its size, for documents that want a bitmap. */
export async function exportPng(
  flow: ReactFlowInstance,
  state: AppState,
  options: PictureOptions = defaultPicture(state),
): Promise<void> {
  const svg = canvasSvg(flow, state, options)
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
  try {
    const image = new Image()
    image.src = url
    await image.decode()
    const scale = 2
    const canvas = document.createElement('canvas')
    canvas.width = image.naturalWidth * scale
    canvas.height = image.naturalHeight * scale
    const g = canvas.getContext('2d')
    if (!g) throw new Error('no 2D canvas')
    g.scale(scale, scale)
    g.drawImage(image, 0, 0)
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
    if (!png) throw new Error('the PNG could not be encoded')
    download(`${pictureStem(options.title, state)}.png`, png)
  } finally {
    URL.revokeObjectURL(url)
  }
}
