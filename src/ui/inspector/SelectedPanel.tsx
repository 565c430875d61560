import type { ReactNode } from 'react'
import { containerOf, containerView, hostView, networkView, volumeView } from '../../store'
import { useAppStore } from '../../store/react'
import { ContainerPanel } from './ContainerPanel'
import { EdgePanel } from './EdgePanel'
import { HostPanel } from './HostPanel'
import { NetworkPanel } from './NetworkPanel'
import { VolumePanel } from './VolumePanel'

/** The selected card's or edge's panel; `fallback` when the selection shows nothing. */
export function SelectedPanel({ fallback }: { fallback: ReactNode }) {
  const selection = useAppStore((s) => s.selection)
  const topology = useAppStore((s) => s.shell.topology)
  const edge = useAppStore((s) => (s.selection ? undefined : s.edges.find((e) => e.selected)))
  if (edge) return <EdgePanel edge={edge} />
  const id = containerOf(selection)
  const view = id ? containerView(topology, id) : null
  if (view) return <ContainerPanel view={view} />
  const [kind = '', ref = ''] = selection?.split(/:(.*)/) ?? []
  const host = kind === 'host' ? hostView(topology, ref) : null
  if (host) return <HostPanel view={host} />
  const network = kind === 'network' ? networkView(topology, ref) : null
  if (network) return <NetworkPanel view={network} />
  const volume = kind === 'volume' ? volumeView(topology, ref) : null
  if (volume) return <VolumePanel view={volume} />
  return fallback
}
