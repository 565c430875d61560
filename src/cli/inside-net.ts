/** `ip addr` and `ifconfig` inside a container: its namespace's interfaces. */
import {
  bridgeName,
  broadcast,
  driverCaps,
  lanOptions,
  namespaceOwner,
  netmask,
  parseCidr,
  type Container,
  type Topology,
} from '../engine'

interface Iface {
  readonly index: number
  readonly name: string
  readonly peer: number | null
  readonly mac: string
  readonly ip: string
  readonly prefix: number
  readonly brd: string
}

/** fe80:: link-local address from a MAC (EUI-64), as the kernel derives it. */
function linkLocal(mac: string): string {
  const b = mac.split(':').map((x) => parseInt(x, 16))
  const w = [
    (((b[0] ?? 0) ^ 2) << 8) | (b[1] ?? 0),
    ((b[2] ?? 0) << 8) | 0xff,
    (0xfe << 8) | (b[3] ?? 0),
    ((b[4] ?? 0) << 8) | (b[5] ?? 0),
  ]
  return `fe80::${w.map((x) => x.toString(16)).join(':')}`
}

/** The simulated hosts' one physical interface: index 2, and the MAC ipvlan children share. */
const HOST_ETH0 = { index: 2, mac: '52:54:00:12:34:56' }

function hostIfaces(t: Topology, hostName: string): Iface[] {
  const out: Iface[] = []
  const host = t.hosts.get(hostName)
  if (host)
    out.push({
      index: HOST_ETH0.index,
      name: 'eth0',
      peer: null,
      mac: HOST_ETH0.mac,
      ip: host.lanIp,
      prefix: 24,
      brd: '192.168.1.255',
    })
  let index = 3
  for (const n of [...t.networks.values()]
    .filter((x) => x.host === hostName && driverCaps(x.driver).linuxBridge)
    .sort((a, b) => a.seq - b.seq)) {
    const cidr = n.subnet ? parseCidr(n.subnet) : null
    if (!cidr || !n.gateway) continue
    out.push({
      index: index++,
      name: bridgeName(n),
      peer: null,
      mac: `02:42:${n.id.slice(0, 2)}:${n.id.slice(2, 4)}:${n.id.slice(4, 6)}:${n.id.slice(6, 8)}`,
      ip: n.gateway,
      prefix: cidr.prefix,
      brd: broadcast(cidr),
    })
  }
  return out
}

function ifaces(t: Topology, c: Container): Iface[] {
  const owner = namespaceOwner(t, c)
  const out: Iface[] = []
  if (owner.networkMode.kind === 'host') return hostIfaces(t, owner.host)
  owner.endpoints.forEach((e, i) => {
    const n = t.networks.get(e.networkId)
    const cidr = n?.subnet ? parseCidr(n.subnet) : null
    // A macvlan or ipvlan child is linked to its parent (eth0@if2), and an ipvlan child has
    // the parent's MAC; a bridge endpoint is one end of a veth pair.
    const lan = n ? lanOptions(n) : null
    const mac = e.mac ?? (lan ? HOST_ETH0.mac : null)
    if (!e.ip || !mac || !cidr) return
    const index = 2 * (parseInt(e.endpointId.slice(0, 2), 16) % 60) + 20
    out.push({
      index,
      name: `eth${i}`,
      peer: lan ? (lan.parent === 'eth0' ? HOST_ETH0.index : null) : index + 1,
      mac,
      ip: e.ip,
      prefix: cidr.prefix,
      brd: broadcast(cidr),
    })
  })
  return out
}

/** `ip addr [show IFACE]`; null when the interface does not exist. */
export function formatIpAddr(t: Topology, c: Container, only?: string): string | null {
  return formatIpAddrOf(ifaces(t, c), only)
}

/** The host machine's own interfaces: lo, eth0 on the LAN, docker0 and the br-* bridges. */
function formatIpAddrOf(all: readonly Iface[], only?: string): string | null {
  const list = only === undefined ? all : all.filter((f) => f.name === only)
  if (only !== undefined && only !== 'lo' && list.length === 0) return null
  const lo = [
    '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN qlen 1000',
    '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00',
    '    inet 127.0.0.1/8 scope host lo',
    '       valid_lft forever preferred_lft forever',
    '    inet6 ::1/128 scope host ',
    '       valid_lft forever preferred_lft forever',
  ]
  const lines = only === undefined || only === 'lo' ? lo : []
  for (const f of list) {
    lines.push(
      `${f.index}: ${f.name}${f.peer ? `@if${f.peer}` : ''}: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP `,
    )
    lines.push(`    link/ether ${f.mac} brd ff:ff:ff:ff:ff:ff`)
    lines.push(`    inet ${f.ip}/${f.prefix} brd ${f.brd} scope global ${f.name}`)
    lines.push('       valid_lft forever preferred_lft forever')
    lines.push(`    inet6 ${linkLocal(f.mac)}/64 scope link `)
    lines.push('       valid_lft forever preferred_lft forever')
  }
  return `${lines.join('\n')}\n`
}

/** `ifconfig [IFACE]`; null when the interface does not exist. */
export function formatIfconfig(t: Topology, c: Container, only?: string): string | null {
  const all = ifaces(t, c)
  const list = only === undefined ? all : all.filter((f) => f.name === only)
  if (only !== undefined && only !== 'lo' && list.length === 0) return null
  const blocks: string[] = []
  for (const f of list) {
    blocks.push(
      [
        `${f.name}: flags=4163<UP,BROADCAST,RUNNING,MULTICAST>  mtu 1500`,
        `        inet ${f.ip}  netmask ${netmask(f.prefix)}  broadcast ${f.brd}`,
        `        inet6 ${linkLocal(f.mac)}  prefixlen 64  scopeid 0x20<link>`,
        `        ether ${f.mac}  txqueuelen 0  (Ethernet)`,
        '        RX packets 16  bytes 1296 (1.2 KiB)',
        '        RX errors 0  dropped 0  overruns 0  frame 0',
        '        TX packets 8  bytes 648 (648.0 B)',
        '        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0',
        '',
      ].join('\n'),
    )
  }
  if (only === undefined || only === 'lo')
    blocks.push(
      [
        'lo: flags=73<UP,LOOPBACK,RUNNING>  mtu 65536',
        '        inet 127.0.0.1  netmask 255.0.0.0',
        '        inet6 ::1  prefixlen 128  scopeid 0x10<host>',
        '        loop  txqueuelen 1000  (Local Loopback)',
        '        RX packets 0  bytes 0 (0.0 B)',
        '        RX errors 0  dropped 0  overruns 0  frame 0',
        '        TX packets 0  bytes 0 (0.0 B)',
        '        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0',
        '',
      ].join('\n'),
    )
  return `${blocks.join('\n')}\n`
}
