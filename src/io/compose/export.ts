/**
 * Export as compose files: a topology written back as the compose file(s) that `docker compose
 * up` (Compose v2) turns into it again, the inverse of the import (compose.ts). One file per
 * host that has containers: a compose file speaks to one daemon.
 *
 * A world compose made is written back as its project, services (`deploy.replicas` for the
 * `-1` … `-k` containers of one service), network and volume keys (export-naming.ts); any
 * other container as a service named after it with `container_name`, its networks and volumes
 * with `name:`. Services come in the order their containers were made, each after those it
 * links to, joins or takes volumes from (`depends_on`), so addresses are handed out again as
 * they were; networks and volumes in creation order. Keys follow compose's canonical order
 * (compose-go types/types.go). Every `$` is written `$$`: compose interpolates every value.
 * What compose cannot say is an error naming it; what it does not make (a stopped container,
 * an unused network) is said in the header comment, the only comment.
 */
import { Document, isScalar, isSeq, parse, Scalar, visit } from 'yaml'
import { DEFAULT_DAEMON, type Container, type Host, type Topology } from '../../engine'
import { cycleError, dependencyOrder } from '../script-order'
import { networkKeys, projectOf, servicesOf, volumeKeys, type Service } from './export-naming'
import { ownLabels, serviceBody, type Body, type ServiceContext } from './export-service'
import { inProjectOrder, inServiceOrder } from './canonical'
import { withKept, type ComposeKept } from './kept'

export interface ComposeFile {
  readonly host: string
  readonly fileName: string
  readonly text: string
}

export type ComposeExport =
  | { readonly ok: true; readonly files: readonly ComposeFile[] }
  | { readonly ok: false; readonly error: string }

const bySeq = <T extends { readonly seq: number }>(list: Iterable<T>): T[] =>
  [...list].sort((a, b) => a.seq - b.seq)

/** The compose files that make `t` again, one per host with containers, or what forbids it. */
export function composeFiles(t: Topology, kept: ComposeKept | null = null): ComposeExport {
  const hosts = bySeq(t.hosts.values()).filter((h) =>
    [...t.containers.values()].some((c) => c.host === h.name),
  )
  if (hosts.length === 0)
    return { ok: false, error: 'no container to export: a compose file is made of services.' }
  const names = fileNames(hosts)
  const files: ComposeFile[] = []
  for (const h of hosts) {
    const fileName = names.get(h.name) ?? 'compose.yaml'
    const made = hostFile(t, h, hosts.length > 1 ? [...names.values()] : [], kept)
    if (!made.ok) return { ok: false, error: `host ${h.name}: ${made.error}` }
    files.push({ host: h.name, fileName, text: made.text })
  }
  return { ok: true, files }
}

/** `compose.yaml`, or `compose.<host>.yaml` each when there are several. */
function fileNames(hosts: readonly Host[]): Map<string, string> {
  const names = new Map<string, string>()
  const taken = new Set<string>()
  for (const h of hosts) {
    const stem = h.name.replace(/[^A-Za-z0-9._-]/g, '_')
    let name = hosts.length === 1 ? 'compose.yaml' : `compose.${stem}.yaml`
    for (let i = 2; taken.has(name); i++) name = `compose.${stem}-${i}.yaml`
    taken.add(name)
    names.set(h.name, name)
  }
  return names
}

type Made = { ok: true; text: string } | { ok: false; error: string }

function hostFile(
  t: Topology,
  h: Host,
  siblings: readonly string[],
  kept: ComposeKept | null,
): Made {
  const containers = bySeq([...t.containers.values()].filter((c) => c.host === h.name))
  const project = projectOf(t, h.name, containers)
  const used = new Set(containers.flatMap((c) => c.endpoints.map((e) => e.networkId)))
  const networks = networkKeys(
    project,
    bySeq(t.networks.values()).filter((n) => used.has(n.id) && !n.predefined),
  )
  const volumes = volumeKeys(
    project,
    bySeq(t.volumes.values()).filter((v) => v.host === h.name && !v.anonymous),
  )
  const netKey = new Map([...networks].map(([n, k]) => [n.id, k.key]))
  const volKey = new Map([...volumes].map(([v, k]) => [v.name, k.key]))
  const contextOf = (services: readonly Service[]): ServiceContext => {
    const first = new Map(services.map((s) => [s.containers[0]?.id ?? '', s.name]))
    return {
      t,
      serviceOf: (id) => first.get(id) ?? null,
      networkKey: (id) => netKey.get(id) ?? null,
      volumeKey: (name) => volKey.get(name) ?? null,
    }
  }
  const alike = (services: readonly Service[], a: Container, b: Container) => {
    const name = services.find((s) => s.containers.includes(a))?.name ?? a.name
    const [x, y] = [a, b].map((c) => serviceBody(c, name, contextOf(services)))
    return x?.ok === true && y?.ok === true && JSON.stringify(x.body) === JSON.stringify(y.body)
  }
  const services = servicesOf(t, project, containers, alike)
  const ctx = contextOf(services)

  const bodies = new Map<string, { body: Body; needs: readonly string[]; seq: number }>()
  for (const s of services) {
    const [first] = s.containers
    if (!first) continue
    const extra: Body = s.derived ? {} : { container_name: first.name }
    if (s.containers.length > 1) extra.deploy = { replicas: s.containers.length }
    const made = serviceBody(first, s.name, ctx, extra)
    if (!made.ok) return made
    const body = inServiceOrder(withKept(made.body, kept?.services[first.name]))
    bodies.set(s.name, { body, needs: made.needs, seq: first.seq })
  }
  const order = dependencyOrder(
    [...bodies].map(([name, b]) => ({ key: name, label: name, seq: b.seq, needs: b.needs })),
  )
  if (!order.ok) return { ok: false, error: cycleError(order.cycle) }

  const tree: Body = { name: project }
  tree.services = Object.fromEntries(order.order.map((name) => [name, bodies.get(name)?.body]))
  const networkDecls = [...networks]
    .map(([n, k]): [string, Body] => [
      k.key,
      {
        ...(k.named ? { name: n.name } : {}),
        ...(n.driver !== 'bridge' ? { driver: n.driver } : {}),
        ...(Object.keys(n.options).length > 0 ? { driver_opts: { ...n.options } } : {}),
        ...(n.userSubnet && n.subnet ? { ipam: { config: [ipamPool(n)] } } : {}),
        ...(n.internal ? { internal: true } : {}),
        ...(n.attachable ? { attachable: true } : {}),
        ...(ownLabels(n.labels) ? { labels: ownLabels(n.labels) } : {}),
      },
    ])
    // Compose makes `default` without being told; it is declared only to say more.
    .filter(([key, decl]) => key !== 'default' || Object.keys(decl).length > 0)
  if (networkDecls.length > 0) tree.networks = Object.fromEntries(networkDecls)
  if (volumes.size > 0)
    tree.volumes = Object.fromEntries(
      [...volumes].map(([v, k]) => [
        k.key,
        {
          ...(k.named ? { name: v.name } : {}),
          ...(v.driver !== 'local' ? { driver: v.driver } : {}),
          ...(ownLabels(v.labels) ? { labels: ownLabels(v.labels) } : {}),
        },
      ]),
    )
  const top = inProjectOrder({ ...kept?.projects[project], ...tree })
  return { ok: true, text: render(top, header(t, h, containers, siblings)) }
}

/** compose-go IPAMPool order: subnet, gateway, ip_range. */
function ipamPool(n: {
  subnet: string | null
  gateway: string | null
  userGateway: boolean
  ipRange?: string
}) {
  return {
    subnet: n.subnet,
    ...(n.userGateway && n.gateway ? { gateway: n.gateway } : {}),
    ...(n.ipRange !== undefined ? { ip_range: n.ipRange } : {}),
  }
}

/** The header: where the file belongs, then what it does not make as the topology has it. */
function header(
  t: Topology,
  h: Host,
  containers: readonly Container[],
  siblings: readonly string[],
) {
  const lines = [`Compose file exported by Docknet from host ${h.name}.`]
  if (siblings.length > 0)
    lines.push(
      `One of ${siblings.length} files, one per Docker host (${siblings.join(', ')}): run each with its host's daemon.`,
    )
  const names = (list: readonly Container[]) => list.map((c) => c.name).join(', ')
  const stopped = containers.filter((c) => c.state !== 'running')
  if (stopped.length > 0)
    lines.push(`Stopped here, but compose up starts every service: ${names(stopped)}.`)
  const removed = containers.filter((c) => c.autoRemove)
  if (removed.length > 0)
    lines.push(
      `Removed when they stop (docker run --rm), which compose cannot say: ${names(removed)}.`,
    )
  const used = new Set(containers.flatMap((c) => c.endpoints.map((e) => e.networkId)))
  const unused = bySeq(t.networks.values()).filter(
    (n) => n.host === h.name && !n.predefined && !used.has(n.id),
  )
  if (unused.length > 0)
    lines.push(
      `Not made: networks no service joins (compose makes only those): ${unused.map((n) => n.name).join(', ')}.`,
    )
  const mounted = new Set(containers.flatMap((c) => c.mounts.map((m) => m.source)))
  const orphans = [...t.volumes.values()].filter(
    (v) => v.host === h.name && v.anonymous && !mounted.has(v.name),
  )
  if (orphans.length > 0)
    lines.push(`Not made: ${orphans.length} anonymous volume(s) no container mounts.`)
  const dangling = containers.filter((c) => (c.dangling?.length ?? 0) > 0)
  if (dangling.length > 0)
    lines.push(`Not made: endpoint configs kept for missing networks (${names(dangling)}).`)
  if (
    h.daemon.icc !== DEFAULT_DAEMON.icc ||
    h.daemon.ip !== DEFAULT_DAEMON.ip ||
    h.daemon.bip !== DEFAULT_DAEMON.bip
  )
    lines.push("Not in a compose file: this host's dockerd options (--icc, --ip, --bip).")
  return lines.map((l) => ` ${l.replace(/\s+/g, ' ')}`).join('\n')
}

/**
 * Whether a YAML 1.1 reader would take this text, written plain, for something else than it
 * (`yes`, `on` a boolean, `22:22` a number). The writer quotes what YAML 1.2 would misread;
 * this quotes the rest, so older tools read the file as compose does.
 */
function misreadAsYaml11(text: string): boolean {
  // Only short words of these characters can be a YAML 1.1 scalar other than a string.
  if (text.length > 40 || !/^[\w.:+=<~ -]*$/.test(text)) return false
  try {
    return typeof parse(text, { version: '1.1' }) !== 'string'
  } catch {
    return false
  }
}

/**
 * The YAML text: `command` as a flow list (reads as the command line), ports double-quoted
 * (as compose's documentation writes them), every `$` in a value doubled.
 */
function render(tree: Body, comment: string): string {
  const doc = new Document(tree)
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? pair.key.value : null
      if (key === 'command' && isSeq(pair.value)) pair.value.flow = true
      if (key === 'ports' && isSeq(pair.value))
        for (const item of pair.value.items) if (isScalar(item)) item.type = Scalar.QUOTE_DOUBLE
    },
    Scalar(key, node) {
      const text = node.value
      if (typeof text !== 'string') return
      if (key !== 'key') node.value = text.replace(/\$/g, () => '$$')
      if (node.type === undefined && misreadAsYaml11(text)) node.type = Scalar.QUOTE_DOUBLE
    },
  })
  doc.commentBefore = comment
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false })
}
