/**
 * `docker container / network / volume / system prune` (docker/cli v28.2.2
 * cli/command/{container,network,volume,system}/prune.go). Without -f the client asks first
 * (internal/prompt Confirm): it writes the warning and ` [y/N] `, then reads a line of its
 * standard input; only `y` or `Y` goes on. A script's command has nothing to read unless a pipe
 * feeds it (`echo y | docker network prune`), so it is cancelled: the client prints nothing
 * more and exits 0 (a cancelled error is not printed, cmd/docker/docker.go).
 */
import {
  errorText,
  filterArgs,
  pruneContainers,
  pruneImages,
  pruneNetworks,
  pruneVolumes,
  type EngineError,
  type Pruned,
  type Result,
  type StoredImage,
  type Topology,
} from '../../engine'
import { clientError, daemonError, type Output } from '../output'
import { flagBool, flagList } from '../spec/parse-flags'
import type { Invocation } from '../spec/types'
import type { ShellState, Step } from '../state'
import { humanSize, imageDigest } from './images'

/** The prompt's text as written, and whether the answer read was yes. */
function confirm(call: Invocation, warning: string): { asked: string; yes: boolean } {
  if (flagBool(call.flags, 'force')) return { asked: '', yes: true }
  const answer = (call.stdin ?? '').split('\n')[0]?.trim() ?? ''
  return { asked: `${warning} [y/N] `, yes: answer.toLowerCase() === 'y' }
}

/** One prune's section: its heading and lines, and the client's extra newline (Fprintln). */
function section(heading: string, lines: readonly string[]): string {
  return lines.length === 0 ? '' : `${heading}\n${lines.map((l) => `${l}\n`).join('')}\n`
}

const total = (bytes: number) => `Total reclaimed space: ${humanSize(bytes, 4)}\n`

type Prune<T> = (
  t: Topology,
  host: string,
  f: ReturnType<typeof filterArgs>,
) => Result<Pruned<T>, EngineError>

/** Runs one prune after the prompt; `render` prints what it removed. */
function pruneCommand<T>(
  state: ShellState,
  call: Invocation,
  warning: string,
  prune: Prune<T>,
  render: (p: Pruned<T>) => string,
): Step {
  const { asked, yes } = confirm(call, warning)
  if (!yes) return { state, output: { stdout: asked, stderr: '', exitCode: 0 } }
  const r = prune(state.topology, state.currentHost, filterArgs(flagList(call.flags, 'filter')))
  if (!r.ok) return { state, output: withPrompt(asked, daemonError(r.error)) }
  const output = { stdout: asked + render(r.value), stderr: '', exitCode: 0 }
  return { state: { ...state, topology: r.value.topology }, output }
}

function withPrompt(asked: string, o: Output): Output {
  return asked === '' ? o : ({ ...o, stdout: asked + o.stdout, chunks: undefined } as Output)
}

export function containerPrune(state: ShellState, call: Invocation): Step {
  const warning =
    'WARNING! This will remove all stopped containers.\nAre you sure you want to continue?'
  return pruneCommand(
    state,
    call,
    warning,
    pruneContainers,
    (p) => section('Deleted Containers:', p.deleted) + total(p.reclaimed),
  )
}

export function networkPrune(state: ShellState, call: Invocation): Step {
  const warning =
    'WARNING! This will remove all custom networks not used by at least one container.\nAre you sure you want to continue?'
  return pruneCommand(state, call, warning, pruneNetworks, (p) =>
    section('Deleted Networks:', p.deleted),
  )
}

/** Engine 28 prunes anonymous volumes only, unless -a sends the filter `all=true`. */
export function volumePrune(state: ShellState, call: Invocation): Step {
  const all = flagBool(call.flags, 'all')
  const filters = flagList(call.flags, 'filter')
  if (all && filterArgs(filters).has('all'))
    return {
      state,
      output: clientError('conflicting options: cannot specify both --all and --filter all=1'),
    }
  const warning = all
    ? 'WARNING! This will remove all local volumes not used by at least one container.\nAre you sure you want to continue?'
    : 'WARNING! This will remove anonymous local volumes not used by at least one container.\nAre you sure you want to continue?'
  const sent = all ? { ...call, flags: withFilter(call, 'all=true') } : call
  return pruneCommand(
    state,
    sent,
    warning,
    pruneVolumes,
    (p) => section('Deleted Volumes:', p.deleted) + total(p.reclaimed),
  )
}

/** What an image prune prints for each image: its tag and digest untagged, its id deleted. */
function imageLines(images: readonly StoredImage[]): string[] {
  return images.flatMap((i) => [
    `untagged: ${i.key}`,
    `untagged: ${i.repository}@sha256:${imageDigest(i)}`,
    `deleted: sha256:${i.id}`,
  ])
}

/** `docker image prune`: dangling images (there are none here), or with -a all unused ones. */
export function imagePrune(state: ShellState, call: Invocation): Step {
  const all = flagBool(call.flags, 'all')
  const warning = all
    ? 'WARNING! This will remove all images without at least one container associated to them.\nAre you sure you want to continue?'
    : 'WARNING! This will remove all dangling images.\nAre you sure you want to continue?'
  const sent = { ...call, flags: withFilter(call, `dangling=${!all}`) }
  return pruneCommand(
    state,
    sent,
    warning,
    pruneImages,
    (p) => section('Deleted Images:', imageLines(p.deleted)) + total(p.reclaimed),
  )
}

/** The flags with one more `--filter`, as the client adds one before calling the daemon. */
function withFilter(call: Invocation, filter: string): Invocation['flags'] {
  return new Map([...call.flags, ['filter', [...flagList(call.flags, 'filter'), filter]]])
}

/** The system prune's question (its confirmationTemplate), with the filters it will send. */
function systemWarning(call: Invocation): string {
  const all = flagBool(call.flags, 'all')
  const warnings = [
    'all stopped containers',
    'all networks not used by at least one container',
    ...(flagBool(call.flags, 'volumes')
      ? ['all anonymous volumes not used by at least one container']
      : []),
    all ? 'all images without at least one container associated to them' : 'all dangling images',
    all ? 'all build cache' : 'unused build cache',
  ]
  const f = filterArgs(flagList(call.flags, 'filter'))
  const filters = ['label', 'label!', 'until']
    .flatMap((k) => (f.get(k) ?? []).map((v) => `${k}=${v}`))
    .sort()
  const filtered =
    filters.length === 0
      ? ''
      : `\n  Items to be pruned will be filtered with:${filters.map((x) => `\n  - ${x}`).join('')}\n`
  return `WARNING! This will remove:${warnings.map((w) => `\n  - ${w}`).join('')}\n${filtered}\nAre you sure you want to continue?`
}

/**
 * `docker system prune`: containers, networks, (volumes,) images, build cache in turn, with
 * the same filters, each printing what it removed; the first daemon error stops it. Docknet
 * builds nothing, so there is never build cache to remove.
 */
export function systemPrune(state: ShellState, call: Invocation): Step {
  const f = filterArgs(flagList(call.flags, 'filter'))
  const volumes = flagBool(call.flags, 'volumes')
  if (volumes && f.has('until'))
    return {
      state,
      output: clientError('ERROR: The "until" filter is not supported with "--volumes"'),
    }
  const { asked, yes } = confirm(call, systemWarning(call))
  if (!yes) return { state, output: { stdout: asked, stderr: '', exitCode: 0 } }
  let t = state.topology
  const host = state.currentHost
  let stdout = asked
  let reclaimed = 0
  const steps: (() => string | EngineError)[] = [
    () => run(pruneContainers(t, host, f), (p) => section('Deleted Containers:', p.deleted)),
    () => run(pruneNetworks(t, host, f), (p) => section('Deleted Networks:', p.deleted)),
    ...(volumes
      ? [() => run(pruneVolumes(t, host, f), (p) => section('Deleted Volumes:', p.deleted))]
      : []),
    () => {
      const images = new Map(f).set('dangling', [String(!flagBool(call.flags, 'all'))])
      return run(pruneImages(t, host, images), (p) =>
        section('Deleted Images:', imageLines(p.deleted)),
      )
    },
  ]
  function run<T>(r: Result<Pruned<T>, EngineError>, render: (p: Pruned<T>) => string) {
    if (!r.ok) return r.error
    t = r.value.topology
    reclaimed += r.value.reclaimed
    return render(r.value)
  }
  for (const step of steps) {
    const printed = step()
    if (typeof printed !== 'string') {
      const failed = daemonError(errorText(printed))
      return { state: { ...state, topology: t }, output: { ...failed, stdout } }
    }
    stdout += printed
  }
  stdout += total(reclaimed)
  return { state: { ...state, topology: t }, output: { stdout, stderr: '', exitCode: 0 } }
}
