/**
 * The answer to "why?" in plain words: one short paragraph naming the rule that decided,
 * made from an Asked's data (ask.ts), and each piece of evidence as the line the container
 * or host would show. The terminal, the views and `docknet reach` all print these.
 */
import type { Asked, Evidence, WhyReason } from './ask'
import type { Unresolved } from './dns'
import type { Blocker } from './reach-hops'
import type { PacketEnd, WalkStep } from './walk'
import { blockerText, routeLines } from './reach-text'

const what = (a: Asked) => (a.port === null ? a.name : `${a.name}:${a.port}`)

/** The paragraph: how it works, or why not and what works instead. */
export function whyText(a: Asked): string {
  if (a.reachable) {
    const how = routeLines(a.hops)
    const resolved =
      a.resolution && 'addresses' in a.resolution
        ? ` ${a.name} resolves to ${a.address ?? ''} (${a.resolution.why}).`
        : ''
    return `${a.from.name} reaches ${what(a)}.${resolved}${how.length ? ` The way: ${how.join('; ')}.` : ''}`
  }
  const [first, ...rest] = a.reasons
  const sentences = first
    ? [reasonSentence(a, first)]
    : [`${a.from.name} does not reach ${what(a)}.`]
  for (const r of rest)
    if (r.kind === 'connection')
      sentences.push(`Even by address it fails. ${blockerSentence(a, r.blocker)}`)
  const ways = a.instead.map((w) => (w.port === null ? w.address : `${w.address}:${w.port}`))
  if (ways.length > 0) sentences.push(`What works instead: ${ways.join(', ')}.`)
  return sentences.join(' ')
}

function reasonSentence(a: Asked, r: WhyReason): string {
  return r.kind === 'dns' ? dnsSentence(a, r.cause) : blockerSentence(a, r.blocker)
}

function dnsSentence(a: Asked, u: Unresolved): string {
  const from = a.from.name
  const not = `The name ${a.name} does not resolve from ${from}`
  switch (u.code) {
    case 'none-network':
      return `${not}: ${from} has no network (--network none), by design.`
    case 'host-network':
      return `${not}: ${from} uses the host's network, whose resolver knows no container names (only the host's /etc/hosts and DNS server). Reach ${a.name} at its address, or give ${from} --add-host ${a.name}:ADDRESS.`
    case 'default-bridge':
      return `${not}: the default bridge has no embedded DNS, so ${a.name} is only a name in /etc/hosts of containers that --link it. Link ${from} to ${u.params.target?.name ?? a.name} (--link) or put both on a user-defined network.`
    case 'no-shared-network':
      return u.params.defaultBridge
        ? `${not}: a user-defined network's embedded DNS answers only its own members, and ${u.params.container.name} is on none of ${from}'s user-defined networks; the one network they share, the default bridge, has no embedded DNS. Link ${from} to ${u.params.container.name} (--link), or connect ${u.params.container.name} to a network of ${from}'s.`
        : `${not}: a user-defined network's embedded DNS answers only its own members, and ${u.params.container.name} is on none of ${from}'s networks.`
    case 'other-host':
      return `${not}: ${u.params.container.name} runs on host ${u.params.host}, and names never cross hosts (links and embedded DNS are one host's). Reach it at that host's address, on a published port.`
    case 'not-running':
      return `${not}: ${u.params.container.name} is not running, and the embedded DNS answers only running containers.`
    case 'no-such-name':
      return `${not}: no container, alias or link on this host is called ${a.name}.`
  }
}

function blockerSentence(a: Asked, b: Blocker): string {
  switch (b.code) {
    case 'icc-disabled': {
      const rule = a.evidence.find((e) => e.kind === 'iptables')
      const where =
        rule?.kind === 'iptables' ? `host ${rule.host}` : `network ${b.params.network.name}`
      const on = rule?.kind === 'iptables' ? rule.bridge : b.params.network.name
      return `On ${where}, icc=false drops traffic between containers on ${on} unless a --link opens the port.`
    }
    case 'icc-link-ports':
      return `With icc=false on the default bridge, the link to ${b.params.container.name} opened only its exposed ports, not ${b.params.port}.`
    case 'not-listening': {
      const listening = a.evidence.find((e) => e.kind === 'listening')
      const ports = listening?.kind === 'listening' ? listening.ports : []
      const on = ports.length
        ? `: it listens on ${ports.join(', ')}`
        : ': nothing listens there at all'
      return `Nothing listens on ${b.params.port} in ${b.params.container.name}${on}.`
    }
    case 'not-published': {
      const pub = a.evidence.find((e) => e.kind === 'published')
      const where =
        pub?.kind === 'published' && pub.bindings.length
          ? ` (${pub.container.name} publishes ${pub.bindings.join(', ')} on host ${pub.host})`
          : ''
      return `Port ${b.params.port} is not published on host ${b.params.host}${where}.`
    }
    case 'not-running': {
      const stale = a.evidence.some((e) => e.kind === 'hosts-line')
      return stale
        ? `${b.params.container.name} is not running: the /etc/hosts line of ${a.from.name} still gives ${a.name} its old address ${a.address ?? ''}, which nothing answers now. Start ${b.params.container.name}: Docker then writes its new address into that line (not into the link's environment variables, which keep the old one).`
        : `Not reached: ${blockerText(b)}.`
    }
    default:
      return `Not reached: ${blockerText(b)}.`
  }
}

/** A piece of evidence as the line to show beside the paragraph. */
export function evidenceText(e: Evidence): string {
  switch (e.kind) {
    case 'hosts-line':
      return `/etc/hosts of ${e.container.name}: ${e.line}`
    case 'dns-answer':
      return `embedded DNS (127.0.0.11) on ${e.network}: ${e.name} → ${e.addresses.join(', ')}`
    case 'resolv-conf':
      return `resolv.conf of ${e.container.name}: nameserver ${e.nameservers.join(', ')} (not the embedded 127.0.0.11)`
    case 'iptables':
      return `iptables on ${e.host}: ${e.rule}`
    case 'published':
      return e.bindings.length
        ? `docker port ${e.container.name} (host ${e.host}): ${e.bindings.join(', ')}`
        : `docker port ${e.container.name} (host ${e.host}): nothing published`
    case 'listening':
      return `${e.container.name} listens on ${e.ports.length ? e.ports.join(', ') : 'no port'}`
  }
}

const socket = (e: PacketEnd) => (e.port === null ? e.address : `${e.address}:${e.port}`)

/** A walk's step as lines: what decided it, and the packet's addresses across it. */
export function walkStepLines(a: Asked, step: WalkStep): string[] {
  const { before, after } = step
  const packet = `${socket(before.source)} → ${socket(before.destination)}`
  const changed =
    socket(before.source) !== socket(after.source) ||
    socket(before.destination) !== socket(after.destination)
  const rewritten = changed ? [`now ${socket(after.source)} → ${socket(after.destination)}`] : []
  const hop = step.hop
  if (hop === null) {
    const how = a.resolution && 'addresses' in a.resolution ? a.resolution.why : ''
    return [`${a.name} resolves to ${after.destination.address} (${how})`]
  }
  if (hop.kind === 'lan')
    return [
      `over the LAN from host ${hop.from} to host ${hop.to}${hop.rule === 'router' ? ', through the router' : ''}: MASQUERADE gives the packet host ${hop.from}'s address`,
      packet,
      ...rewritten,
    ]
  return [...routeLines([hop]), packet, ...rewritten]
}
