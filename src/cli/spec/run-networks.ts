/**
 * `docker run --network`, given once or more, each a name or the long syntax
 * (`name=n1,alias=a,ip=…,gw-priority=2`), as docker/cli v28.2.2 reads it: opts/network.go
 * NetworkOpt.Set splits the fields (lower-cased, as the client does); container/opts.go
 * parseNetworkOpts gives the first network the legacy flags (--network-alias, --ip, --ip6,
 * --mac-address, --link-local-ip, and --link on a user-defined network), refusing a flag that
 * the first network's fields also set, a network named twice, and a mix of user-defined and
 * predefined modes.
 */
import { NETWORK_LONG_SYNTAX } from './checks'
import { refuse, type ClientError } from './client-errors'
import { flagList, flagString } from './parse-flags'
import type { FlagValues } from './types'

export interface NetworkAttachment {
  readonly name: string
  readonly aliases: readonly string[]
  readonly ip?: string
  readonly ip6?: string
  readonly mac?: string
  readonly linkLocalIps: readonly string[]
  readonly gwPriority?: number
}

/** container.NetworkMode.IsUserDefined: anything but the predefined modes. */
export function isUserDefinedMode(name: string): boolean {
  return !['default', 'bridge', 'host', 'none'].includes(name) && !name.startsWith('container:')
}

/** One --network value (already checked field by field when the flag was parsed). */
function attachmentOf(value: string): NetworkAttachment {
  if (!NETWORK_LONG_SYNTAX.test(value)) return { name: value, aliases: [], linkLocalIps: [] }
  let a: NetworkAttachment = { name: '', aliases: [], linkLocalIps: [] }
  for (const field of value.split(',')) {
    const lower = field.toLowerCase()
    const eq = lower.indexOf('=')
    const key = lower.slice(0, eq).trim()
    const val = lower.slice(eq + 1).trim()
    if (key === 'name') a = { ...a, name: val }
    else if (key === 'alias') a = { ...a, aliases: [...a.aliases, val] }
    else if (key === 'ip') a = { ...a, ip: val }
    else if (key === 'ip6') a = { ...a, ip6: val }
    else if (key === 'mac-address') a = { ...a, mac: val }
    else if (key === 'link-local-ip') a = { ...a, linkLocalIps: [...a.linkLocalIps, val] }
    else if (key === 'gw-priority') a = { ...a, gwPriority: Number(val) }
  }
  return a
}

/** Each legacy flag, and what the first network's own field for it is called. */
type Legacy = readonly [flag: string, field: string]

/** The first network with the legacy flags applied (applyContainerOptions), or the conflict. */
function withLegacyFlags(a: NetworkAttachment, f: FlagValues): NetworkAttachment | ClientError {
  const aliases = [...flagList(f, 'network-alias'), ...flagList(f, 'net-alias')]
  const ip = flagString(f, 'ip') || undefined
  const ip6 = flagString(f, 'ip6') || undefined
  const mac = flagString(f, 'mac-address') || undefined
  const linkLocal = flagList(f, 'link-local-ip')
  const both: [boolean, Legacy][] = [
    [a.aliases.length > 0 && aliases.length > 0, ['--network-alias', 'alias']],
    [!!a.ip && ip !== undefined, ['--ip', 'IPv4 address']],
    [!!a.ip6 && ip6 !== undefined, ['--ip6', 'IPv6 address']],
    [!!a.mac && mac !== undefined, ['--mac-address', 'MAC address']],
    [
      a.linkLocalIps.length > 0 && linkLocal.length > 0,
      ['--link-local-ip', 'link-local IP addresses'],
    ],
  ]
  const clash = both.find(([yes]) => yes)?.[1]
  if (clash) return refuse('NETWORK_OPTION_CONFLICT', { flag: clash[0], field: clash[1] })
  return {
    ...a,
    aliases: aliases.length > 0 ? aliases : a.aliases,
    linkLocalIps: linkLocal.length > 0 ? linkLocal : a.linkLocalIps,
    ...(ip !== undefined ? { ip } : {}),
    ...(ip6 !== undefined ? { ip6 } : {}),
    ...(mac !== undefined ? { mac } : {}),
  }
}

/** The networks a container asks for, in the order given, or the client's refusal. */
export function networkAttachments(f: FlagValues): NetworkAttachment[] | ClientError {
  const given = [...flagList(f, 'network'), ...flagList(f, 'net')].map(attachmentOf)
  const list = given.length > 0 ? given : [attachmentOf('default')]
  const out: NetworkAttachment[] = []
  for (const [i, a] of list.entries()) {
    const n = i === 0 ? withLegacyFlags(a, f) : a
    if ('code' in n) return n
    if (!isUserDefinedMode(n.name) && n.aliases.length > 0) return refuse('ALIAS_PREDEFINED')
    if (given.length > 0 && out.some((o) => o.name === n.name))
      return refuse('NETWORK_TWICE', { name: n.name })
    out.push(n)
  }
  const userDefined = given.filter((a) => isUserDefinedMode(a.name)).length
  if (userDefined > 0 && userDefined < given.length) return refuse('NETWORK_MODES_MIXED')
  return out
}
