/**
 * What each card says, made once for the canvas, the exported picture and the host widths of
 * the flow mapping, so they cannot drift apart. A card's view is the same object while what it
 * shows is unchanged (memoised on the records it reads), so a card component that selects it
 * renders again only when its text changes.
 */
import {
  lanOptions,
  type Container,
  type ContainerState,
  type Host,
  type Network,
  type Topology,
  type Volume,
} from '../engine'
import type { EntityRef } from './flow-mapping'

/** A line under a card's title; its kind decides its look. */
export interface CardLine {
  readonly kind: 'image' | 'address' | 'mode' | 'ports' | 'subnet' | 'gateway' | 'daemon' | 'parent'
  readonly text: string
}

export interface CardView {
  readonly title: string
  /** Beside the title: a host's LAN address, a network's or volume's driver. */
  readonly note: string
  readonly lines: readonly CardLine[]
  /** Containers only: the state the status dot shows. */
  readonly state?: ContainerState
}

const hosts = new WeakMap<Host, CardView>()
const networks = new WeakMap<Network, CardView>()
const volumes = new WeakMap<Volume, CardView>()

function memo<K extends object>(cache: WeakMap<K, CardView>, key: K, make: () => CardView) {
  let view = cache.get(key)
  if (!view) cache.set(key, (view = make()))
  return view
}

/** A host: its name, LAN address, and docker0's address and options. */
export function hostCard(h: Host): CardView {
  return memo(hosts, h, () => ({
    title: h.name,
    note: h.lanIp,
    lines: [
      { kind: 'daemon', text: `docker0 ${h.daemon.bip}${h.daemon.icc ? '' : ' · icc=false'}` },
    ],
  }))
}

/**
 * A network: its driver, subnet and gateway, whether it is internal, and for macvlan/ipvlan
 * the parent interface its containers hang from and the mode.
 */
export function networkCard(n: Network): CardView {
  return memo(networks, n, () => {
    const gateway = `${n.gateway ? `gw ${n.gateway}` : ''}${n.internal ? ' · internal' : ''}`.trim()
    const lan = lanOptions(n)
    const parent = lan
      ? `parent ${lan.parent ?? '(none)'} · ${lan.flag === null ? lan.mode : `${lan.mode} ${lan.flag}`}`
      : ''
    return {
      title: n.name,
      note: n.driver,
      lines: [
        ...(n.subnet ? [{ kind: 'subnet' as const, text: n.subnet }] : []),
        ...(gateway ? [{ kind: 'gateway' as const, text: gateway }] : []),
        ...(parent ? [{ kind: 'parent' as const, text: parent }] : []),
      ],
    }
  })
}

export function volumeCard(v: Volume): CardView {
  return memo(volumes, v, () => ({ title: v.name, note: v.driver, lines: [] }))
}

/** The inputs of a container's card besides its record: network names and its donor's name. */
interface ContainerInputs {
  readonly networks: Topology['networks']
  readonly donor: string | undefined
  readonly view: CardView
}

const containers = new WeakMap<Container, ContainerInputs>()

/** A container: its image, then its network mode or one address per network, then its ports. */
export function containerCard(t: Topology, c: Container): CardView {
  const donor = c.joinedTo ? (t.containers.get(c.joinedTo)?.name ?? '') : undefined
  const kept = containers.get(c)
  if (kept && kept.networks === t.networks && kept.donor === donor) return kept.view
  const mode =
    c.networkMode.kind === 'host' || c.networkMode.kind === 'none'
      ? c.networkMode.kind
      : donor !== undefined
        ? `container:${donor}`
        : null
  const addresses = c.endpoints
    .filter((e) => e.ip !== null)
    .map((e) => ({
      kind: 'address' as const,
      text: `${t.networks.get(e.networkId)?.name ?? '?'} ${e.ip}`,
    }))
  const ports = c.ports.map((p) => `${p.hostPort}→${p.containerPort}`).join(' ')
  const view: CardView = {
    title: c.name,
    note: '',
    state: c.state,
    lines: [
      { kind: 'image', text: c.image },
      ...(mode ? [{ kind: 'mode' as const, text: `--net=${mode}` }] : addresses),
      ...(ports ? [{ kind: 'ports' as const, text: `-p ${ports}` }] : []),
    ],
  }
  containers.set(c, { networks: t.networks, donor, view })
  return view
}

/** The view of the card for `ref`, or null when its record is gone. */
export function cardView(t: Topology, ref: EntityRef): CardView | null {
  switch (ref.kind) {
    case 'host': {
      const h = t.hosts.get(ref.id)
      return h ? hostCard(h) : null
    }
    case 'network': {
      const n = t.networks.get(ref.id)
      return n ? networkCard(n) : null
    }
    case 'volume': {
      const v = t.volumes.get(ref.id)
      return v ? volumeCard(v) : null
    }
    case 'container': {
      const c = t.containers.get(ref.id)
      return c ? containerCard(t, c) : null
    }
  }
}
