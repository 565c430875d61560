/**
 * The /etc/hosts Docker writes for a container (daemon/libnetwork/sandbox_dns_unix.go
 * buildHostsFile, etchosts.go; Engine 28 wording): localhost lines, the IPv6 block,
 * --add-host entries, legacy link lines, then the container's own address per network.
 * User-defined networks add nothing here: their names are answered by the embedded DNS.
 */
import { namespaceOwner } from './container-create'
import type { Container, Topology } from './model'
import { isDefaultBridge } from './world'

const HEADER = [
  '127.0.0.1\tlocalhost',
  '::1\tlocalhost ip6-localhost ip6-loopback',
  'fe00::\tip6-localnet',
  'ff00::\tip6-mcastprefix',
  'ff02::1\tip6-allnodes',
  'ff02::2\tip6-allrouters',
]

/** The simulated host's own /etc/hosts, which host-network containers see. */
export function hostMachineHostsFile(hostName: string, lanIp: string): string {
  return [
    '127.0.0.1\tlocalhost',
    `127.0.1.1\t${hostName}`,
    `${lanIp}\t${hostName}`,
    '',
    '# The following lines are desirable for IPv6 capable hosts',
    '::1     ip6-localhost ip6-loopback',
    'fe00::0 ip6-localnet',
    'ff00::0 ip6-mcastprefix',
    'ff02::1 ip6-allnodes',
    'ff02::2 ip6-allrouters',
    '',
  ].join('\n')
}

/** The address a legacy link line shows: the child's default-bridge IP, or the last one it had. */
export function linkTargetIp(t: Topology, child: Container): string | null {
  const owner = namespaceOwner(t, child)
  for (const ep of owner.endpoints) {
    const n = t.networks.get(ep.networkId)
    if (n && isDefaultBridge(n)) return ep.ip ?? ep.lastIp
  }
  return null
}

/** The names a legacy link line carries: alias, child hostname, then child name if different. */
export function linkLineNames(child: Container, alias: string): string[] {
  const names = [alias, child.hostname]
  if (child.name !== alias) names.push(child.name)
  return names
}

const HEADER_TEXT = `${HEADER.join('\n')}\n`

/** A dotted hostname (or hostname + domainname) is written as the full name, then the short one. */
function ownNames(c: Container): string {
  const full = c.domainname ? `${c.hostname}.${c.domainname}` : c.hostname
  const dot = full.indexOf('.')
  return dot > 0 ? `${full} ${full.slice(0, dot)}` : full
}

/** /etc/hosts inside a container, as `cat /etc/hosts` prints it. */
export function computeHostsFile(t: Topology, c: Container): string {
  const owner = namespaceOwner(t, c)
  const host = t.hosts.get(owner.host)
  if (owner.networkMode === 'host' && owner.addHosts.length === 0 && host) {
    return hostMachineHostsFile(host.name, host.lanIp)
  }
  // Built by concatenation: this runs for every container on every edit.
  let text = HEADER_TEXT
  for (const h of owner.addHosts) text += `${h.ip}\t${h.name}\n`
  for (const l of owner.links) {
    const child = t.containers.get(l.childId)
    if (!child) continue
    const ip = linkTargetIp(t, child)
    if (ip) text += `${ip}\t${linkLineNames(child, l.alias).join(' ')}\n`
  }
  for (const ep of owner.endpoints) {
    if (ep.ip) text += `${ep.ip}\t${ownNames(owner)}\n`
  }
  return text
}
