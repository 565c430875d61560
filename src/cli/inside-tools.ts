/**
 * The network tools of a container's userland (busybox or Debian flavoured, per image): ping,
 * curl, wget, nc, getent, nslookup. What they meet comes from the engine's DNS and probes.
 */
import {
  ask,
  computeResolvConf,
  isAnswer,
  lookupImage,
  parseIpv4,
  pingable,
  isPublicIp,
  hasRouteOut,
  probeTcp,
  resolveName,
  unresolvedText,
  reverseDns,
  reverseLookup,
  type Container,
  type PingFlavour,
  type Topology,
} from '../engine'
import { writeFile } from './inside-fs'
import type { Output } from './output'

export const ok = (stdout: string): Output => ({ stdout, stderr: '', exitCode: 0 })
export const err = (stderr: string, exitCode: number): Output => ({ stdout: '', stderr, exitCode })

export function shellName(c: Container): string {
  return lookupImage(c.image).shell
}

export function notFound(c: Container, cmd: string): Output {
  return shellName(c) === 'bash'
    ? err(`bash: ${cmd}: command not found\n`, 127)
    : err(`sh: ${cmd}: not found\n`, 127)
}

/**
 * A connection's output, with the question it asked: a failed one with the engine's answer
 * (engine/ask.ts), for the terminal to say why; one that worked with the question only, whose
 * walk is worked out if asked for (a lookup here would walk the whole world on every ping).
 */
export function explained(
  o: Output,
  t: Topology,
  c: Container,
  host: string,
  port: number | null,
): Output {
  return o.exitCode === 0
    ? { ...o, reached: { fromId: c.id, name: host, port } }
    : { ...o, asked: ask(t, c, host, port) }
}

export function resolveTarget(
  t: Topology,
  c: Container,
  host: string,
): { ip: string } | { error: string } {
  if (parseIpv4(host) !== null) return { ip: host }
  const r = resolveName(t, c, host)
  if (isAnswer(r)) return { ip: r.addresses[0] ?? '' }
  return { error: unresolvedText(host, r.cause) }
}

/** Packages `apt-get install` can add, and the tool each brings. */
export const APT_PACKAGES: Readonly<Record<string, string>> = {
  'inetutils-ping': 'ping',
  'iputils-ping': 'ping',
  curl: 'curl',
  wget: 'wget',
  iproute2: 'ip',
  'net-tools': 'ifconfig',
  dnsutils: 'nslookup',
  'bind9-dnsutils': 'nslookup',
  'netcat-openbsd': 'nc',
  'netcat-traditional': 'nc',
}

/** Where apt-get records what it installed in a container's layer. */
export const INSTALLED = '/var/lib/dpkg/info/'

/** The ping the container has: the image's, or one installed with apt-get. */
function pingFlavour(t: Topology, c: Container): PingFlavour | null {
  const own = lookupImage(c.image).ping
  if (own !== null) return own
  const files = t.containers.get(c.id)?.files ?? c.files
  if (`${INSTALLED}inetutils-ping.list` in files) return 'inetutils'
  if (`${INSTALLED}iputils-ping.list` in files) return 'iputils'
  return null
}

/** A simulated ping answers at once, so it prints every reply: this many at most. */
const MAX_PING_COUNT = 10_000

export function ping(t: Topology, c: Container, args: string[]): Output {
  let count = 4
  const rest: string[] = []
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? ''
    if (a === '-c') count = Number(args[++i] ?? '4') || 4
    else if (a === '-W' || a === '-w' || a === '-i') i++
    else if (a.startsWith('-c')) count = Number(a.slice(2)) || 4
    else if (!a.startsWith('-')) rest.push(a)
  }
  const host = rest[0]
  const flavour = pingFlavour(t, c)
  if (flavour === null) return notFound(c, 'ping')
  if (count > MAX_PING_COUNT)
    return err(`ping: -c ${count}: docknet sends at most ${MAX_PING_COUNT} packets\n`, 2)
  if (!host)
    return flavour === 'busybox'
      ? err(
          'BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: ping [OPTIONS] HOST\n',
          1,
        )
      : err('ping: usage error: Destination address required\n', 1)
  const target = resolveTarget(t, c, host)
  const why = (o: Output) => explained(o, t, c, host, null)
  if ('error' in target) {
    if (flavour === 'inetutils') return why(err('ping: unknown host\n', 1))
    return why(
      flavour === 'busybox'
        ? err(`ping: bad address '${host}'\n`, 1)
        : err(`ping: ${host}: Name or service not known\n`, 2),
    )
  }
  const ip = target.ip
  if (isPublicIp(ip) && !hasRouteOut(t, c)) {
    // No default route (--internal, or --network none): the kernel refuses to send.
    if (flavour === 'iputils') return why(err('ping: connect: Network is unreachable\n', 2))
    return why({
      stdout: `PING ${host} (${ip}): 56 data bytes\n`,
      stderr: 'ping: sendto: Network is unreachable\n',
      exitCode: 1,
    })
  }
  const up = ip === '127.0.0.1' || pingable(t, c, ip)
  const times = Array.from({ length: count }, (_v, i) => rttMs(i + ip.length))
  const stats = pingStats(times)
  const lines: string[] = []
  if (flavour === 'inetutils') {
    // GNU inetutils ping, as seed 000 shows it: 48 data bytes, icmp_seq from 0, stddev.
    lines.push(`PING ${host} (${ip}): 48 data bytes`)
    if (up)
      times.forEach((ms, i) =>
        lines.push(`56 bytes from ${ip}: icmp_seq=${i} ttl=64 time=${ms.toFixed(3)} ms`),
      )
    lines.push(`--- ${host} ping statistics ---`)
    lines.push(
      `${count} packets transmitted, ${up ? count : 0} packets received, ${up ? 0 : 100}% packet loss`,
    )
    if (up)
      lines.push(
        `round-trip min/avg/stddev/max = ${stats.min}/${stats.avg}/${stats.mdev}/${stats.max} ms`,
      )
  } else if (flavour === 'busybox') {
    lines.push(`PING ${host} (${ip}): 56 data bytes`)
    if (up)
      times.forEach((ms, i) =>
        lines.push(`64 bytes from ${ip}: seq=${i} ttl=64 time=${ms.toFixed(3)} ms`),
      )
    lines.push('', `--- ${host} ping statistics ---`)
    lines.push(
      `${count} packets transmitted, ${up ? count : 0} packets received, ${up ? 0 : 100}% packet loss`,
    )
    if (up) lines.push(`round-trip min/avg/max = ${stats.min}/${stats.avg}/${stats.max} ms`)
  } else {
    // iputils names the replier only when the target was a name (reverse lookup of the address).
    const numeric = parseIpv4(host) !== null
    const from = numeric ? ip : `${reverseLookup(t, c, ip) ?? ip} (${ip})`
    lines.push(`PING ${host} (${ip}) 56(84) bytes of data.`)
    if (up)
      times.forEach((ms, i) =>
        lines.push(`64 bytes from ${from}: icmp_seq=${i + 1} ttl=64 time=${ms.toFixed(3)} ms`),
      )
    lines.push('', `--- ${host} ping statistics ---`)
    lines.push(
      `${count} packets transmitted, ${up ? count : 0} received, ${up ? 0 : 100}% packet loss, time ${(count - 1) * 1001 + 2}ms`,
    )
    if (up)
      lines.push(`rtt min/avg/max/mdev = ${stats.min}/${stats.avg}/${stats.max}/${stats.mdev} ms`)
  }
  return why({ stdout: `${lines.join('\n')}\n`, stderr: '', exitCode: up ? 0 : 1 })
}

/** Deterministic small round-trip times, in ms. */
function rttMs(seed: number): number {
  return 0.05 + ((seed * 37) % 100) / 1000
}

function pingStats(times: readonly number[]): {
  min: string
  avg: string
  max: string
  mdev: string
} {
  const avg = times.reduce((a, b) => a + b, 0) / Math.max(1, times.length)
  const mdev = Math.sqrt(times.reduce((a, b) => a + (b - avg) ** 2, 0) / Math.max(1, times.length))
  return {
    min: Math.min(...times).toFixed(3),
    avg: avg.toFixed(3),
    max: Math.max(...times).toFixed(3),
    mdev: mdev.toFixed(3),
  }
}

export function parseUrl(u: string): { host: string; port: number; path: string } {
  const noScheme = u.replace(/^https?:\/\//, '')
  const slash = noScheme.indexOf('/')
  const hostPort = slash >= 0 ? noScheme.slice(0, slash) : noScheme
  const path = slash >= 0 ? noScheme.slice(slash) : '/'
  const [host = '', port] = hostPort.split(':')
  return { host, port: port ? Number(port) : 80, path }
}

const BODIES: Record<string, string> = {
  http: '<html><body><h1>It works!</h1></body></html>\n',
  webapp: 'Hello world!',
}

export function httpBody(server: Container): string | null {
  const image = lookupImage(server.image)
  if (image.repo === 'nginx')
    return '<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n</head>\n<body>\n<h1>Welcome to nginx!</h1>\n</body>\n</html>\n'
  return image.service ? (BODIES[image.service] ?? null) : null
}

/** busybox wget's short options that take a value (`-O FILE`, `-T SEC`...), as its getopt reads them. */
const WGET_VALUE_OPTIONS = 'OoPUTY'
/** Its long options that take a value, as `--name VALUE` or `--name=VALUE`. */
const WGET_VALUE_LONG = new Set([
  'header',
  'post-data',
  'post-file',
  'output-document',
  'user-agent',
  'timeout',
  'directory-prefix',
  'proxy',
])

interface WgetOptions {
  readonly url: string | undefined
  readonly target: string | null
  readonly quiet: boolean
  readonly error: string | null
}

/**
 * busybox wget's command line, read as its getopt does: clustered flags (`-qO-`), a value
 * joined or in the next word (`-T 2`, `-T2`), long options with `=` or not, and `-T`'s number
 * checked (`wget: invalid number 'x'`).
 */
function wgetOptions(args: readonly string[]): WgetOptions {
  let url: string | undefined
  let target: string | null = null
  let quiet = false
  const value = (name: string, v: string): string | null => {
    if (name === 'O' || name === 'output-document') target = v
    if ((name === 'T' || name === 'timeout') && !/^\d+$/.test(v))
      return `wget: invalid number '${v}'\n`
    return null
  }
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? ''
    if (a.startsWith('--') && a.length > 2) {
      const [name = '', joined] = a.slice(2).split(/=(.*)/s)
      if (name === 'quiet') quiet = true
      if (!WGET_VALUE_LONG.has(name)) continue
      const bad = value(name, joined ?? args[++i] ?? '')
      if (bad) return { url, target, quiet, error: bad }
    } else if (a.startsWith('-') && a.length > 1) {
      for (let k = 1; k < a.length; k++) {
        const flag = a[k] ?? ''
        if (flag === 'q') quiet = true
        if (!WGET_VALUE_OPTIONS.includes(flag)) continue
        const bad = value(flag, k + 1 < a.length ? a.slice(k + 1) : (args[++i] ?? ''))
        if (bad) return { url, target, quiet, error: bad }
        break
      }
    } else url ??= a
  }
  return { url, target, quiet, error: null }
}

/** busybox wget: `wget URL` saves index.html, `-O FILE` / `-O -` choose the target, `-q` is quiet. */
export function wget(
  t: Topology,
  c: Container,
  args: string[],
  cwd: string,
): { output: Output; topology: Topology } {
  const { url, target, quiet, error } = wgetOptions(args)
  const fail = (text: string) => ({ output: err(text, 1), topology: t })
  if (error) return fail(error)
  if (!url)
    return fail('BusyBox v1.37.0 multi-call binary.\n\nUsage: wget [-cqS] [-O FILE] URL...\n')
  const { host, port } = parseUrl(url)
  const resolved = resolveTarget(t, c, host)
  const failed = (text: string) => ({
    output: explained(err(text, 1), t, c, host, port),
    topology: t,
  })
  if ('error' in resolved) return failed(`wget: bad address '${host}'\n`)
  const p = probeTcp(t, c, resolved.ip, port)
  const head = quiet ? '' : `Connecting to ${host} (${resolved.ip}:${port})\n`
  if (p.kind === 'refused')
    return failed(
      `${head}wget: can't connect to remote host (${resolved.ip}): Connection refused\n`,
    )
  if (p.kind !== 'open') return failed(`${head}wget: download timed out\n`)
  const body = httpBody(p.server)
  if (body === null) return fail(`${head}wget: server returned error: HTTP/1.1 400 Bad Request\n`)
  const done = (o: Output) => explained(o, t, c, host, port)
  if (target === '-')
    return { output: done({ stdout: body, stderr: head, exitCode: 0 }), topology: t }
  const file = target ?? 'index.html'
  const saved = writeFile(t, c, file, body, false, cwd)
  if (typeof saved === 'string') return fail(`${head}wget: ${saved}\n`)
  const name = file.split('/').pop() ?? file
  const bar = `${name.padEnd(20)} 100% |********************************|${String(body.length).padStart(7)}  0:00:00 ETA`
  const stderr = quiet ? '' : `${head}saving to '${file}'\n${bar}\n'${file}' saved\n`
  return { output: done({ stdout: '', stderr, exitCode: 0 }), topology: saved }
}

export function getent(t: Topology, c: Container, args: string[]): Output {
  if (args[0] !== 'hosts' || !args[1]) return err('Unknown database: ' + (args[0] ?? '') + '\n', 1)
  const r = resolveName(t, c, args[1])
  // A name that does not resolve carries ping's question, whose why starts with the name's.
  if (!isAnswer(r)) return explained(err('', 2), t, c, args[1], null)
  return ok(r.addresses.map((a) => `${a.padEnd(15)} ${args[1]}`).join('\n') + '\n')
}

export function nslookup(t: Topology, c: Container, args: string[]): Output {
  const name = args.find((a) => !a.startsWith('-'))
  if (!name) return err('Usage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n', 1)
  const server = computeResolvConf(t, c).match(/^nameserver (.+)$/m)?.[1] ?? '127.0.0.11'
  const head = `Server:\t\t${server}\nAddress:\t${server}:53\n\n`
  // An address asks for its PTR record, which only the embedded DNS answers (not /etc/hosts).
  if (/^\d+\.\d+\.\d+\.\d+$/.test(name)) {
    const arpa = `${name.split('.').reverse().join('.')}.in-addr.arpa`
    const ptr = reverseDns(t, c, name)
    if (!ptr)
      return { stdout: head, stderr: `** server can't find ${arpa}: NXDOMAIN\n\n`, exitCode: 1 }
    return ok(`${head}Non-authoritative answer:\n${arpa}\tname = ${ptr}\n\n`)
  }
  const r = resolveName(t, c, name)
  const nxdomain = {
    stdout: head,
    stderr: `** server can't find ${name}: NXDOMAIN\n\n`,
    exitCode: 1,
  }
  // A name /etc/hosts gives (a link, --add-host) is unknown to the DNS server nslookup asks,
  // yet it resolves: ping's why would not be this failure's.
  if (!isAnswer(r)) return explained(nxdomain, t, c, name, null)
  if (r.mechanism === 'link' || r.mechanism === 'add-host') return nxdomain
  return ok(
    `${head}Non-authoritative answer:\n${r.addresses.map((a) => `Name:\t${name}\nAddress: ${a}`).join('\n')}\n\n`,
  )
}

/** Operands of a command whose listed short options take a value (`nc -w 2 host port`). */
function operands(args: readonly string[], withValue: string): string[] {
  const out: string[] = []
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? ''
    if (a.startsWith('-') && a.length > 1) {
      const last = a[a.length - 1] ?? ''
      if (withValue.includes(last)) i++
    } else out.push(a)
  }
  return out
}

export function nc(t: Topology, c: Container, args: string[]): Output {
  const rest = operands(args, 'wipsq')
  const verbose = args.some((a) => /^-[a-z]*v/.test(a))
  const [host = '', portText = ''] = rest
  const target = resolveTarget(t, c, host)
  const port = Number(portText)
  const why = (o: Output) => explained(o, t, c, host, port)
  if ('error' in target) return why(err(`nc: bad address '${host}'\n`, 1))
  const p = probeTcp(t, c, target.ip, port)
  if (p.kind === 'open')
    return why({
      stdout: '',
      stderr: verbose ? `${host} (${target.ip}:${port}) open\n` : '',
      exitCode: 0,
    })
  if (p.kind === 'refused')
    return why(err(verbose ? `nc: ${host} (${target.ip}:${port}): Connection refused\n` : '', 1))
  return why(err(verbose ? `nc: ${host} (${target.ip}:${port}): Connection timed out\n` : '', 1))
}
