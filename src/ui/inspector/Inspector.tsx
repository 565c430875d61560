import { lazy, Suspense } from 'react'
import {
  containerOf,
  containerView,
  hostView,
  networkView,
  SCENARIOS,
  volumeView,
} from '../../store'
import { useAppStore } from '../../store/react'

// The panels load on first use: the first paint stays under 190 kB gzip.
const ContainerPanel = lazy(() =>
  import('./ContainerPanel').then((m) => ({ default: m.ContainerPanel })),
)
const HostPanel = lazy(() => import('./HostPanel').then((m) => ({ default: m.HostPanel })))
const NetworkPanel = lazy(() => import('./NetworkPanel').then((m) => ({ default: m.NetworkPanel })))
const EdgePanel = lazy(() => import('./EdgePanel').then((m) => ({ default: m.EdgePanel })))
const VolumePanel = lazy(() => import('./VolumePanel').then((m) => ({ default: m.VolumePanel })))

/** What Docker would do for the selection (container, host or network), recomputed on every edit. */
export function Inspector() {
  const selection = useAppStore((s) => s.selection)
  const topology = useAppStore((s) => s.shell.topology)
  const id = containerOf(selection)
  const view = id ? containerView(topology, id) : null
  const [kind = '', ref = ''] = selection?.split(/:(.*)/) ?? []
  const host = kind === 'host' ? hostView(topology, ref) : null
  const network = kind === 'network' ? networkView(topology, ref) : null
  const volume = kind === 'volume' ? volumeView(topology, ref) : null
  const edge = useAppStore((s) => (s.selection ? undefined : s.edges.find((e) => e.selected)))
  return (
    <aside
      aria-label="Inspector"
      className="flex w-96 shrink-0 flex-col overflow-hidden border-l border-slate-200 bg-white"
    >
      {edge ? (
        <Suspense fallback={null}>
          <EdgePanel edge={edge} />
        </Suspense>
      ) : view ? (
        <Suspense fallback={null}>
          <ContainerPanel view={view} />
        </Suspense>
      ) : host || network || volume ? (
        <Suspense fallback={null}>
          {host ? <HostPanel view={host} /> : null}
          {network ? <NetworkPanel view={network} /> : null}
          {volume ? <VolumePanel view={volume} /> : null}
        </Suspense>
      ) : (
        <div className="p-3 text-sm text-slate-500">
          <h2 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">
            Inspector
          </h2>
          <ExampleLesson />
          Select a container to see its /etc/hosts, environment, DNS answers and who it can reach; a
          host for its daemon and published ports; a network for its members; a volume for who
          mounts it.
        </div>
      )}
    </aside>
  )
}

/** The example on the canvas, as loaded: what it shows (gone once a command changes it). */
function ExampleLesson() {
  const example = useAppStore((s) => s.example)
  const scenario = SCENARIOS.find((x) => x.id === example)
  if (!scenario) return null
  return (
    <section aria-label="Example" className="mb-3 rounded-lg border border-sky-200 bg-sky-50 p-2">
      <h3 className="font-semibold text-slate-900">{scenario.title}</h3>
      <p className="text-slate-700">{scenario.lesson}</p>
    </section>
  )
}
