/** curl, as a container or host runs it: its URL, its time limits, and what answers. */
import { probeTcp, type Container, type Topology } from '../engine'
import { err, explained, httpBody, ok, parseUrl, resolveTarget } from './inside-tools'
import type { Output } from './output'

/** curl's options that take a value in the next word (`-m 2`, `--connect-timeout 2`...). */
const CURL_VALUE_OPTIONS = new Set([
  '-m',
  '--max-time',
  '--connect-timeout',
  '-o',
  '--output',
  '-H',
  '--header',
  '-X',
  '--request',
  '-d',
  '--data',
  '-u',
  '--user',
  '-A',
  '--user-agent',
  '-w',
  '--write-out',
  '-e',
  '--referer',
  '-x',
  '--proxy',
  '--retry',
])

/** The URL and the time limit (`-m`, `--max-time`, `--connect-timeout`) of a curl command. */
function curlOptions(args: readonly string[]): { url: string | undefined; limit: number | null } {
  let url: string | undefined
  let limit: number | null = null
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string
    const [name, joined] = a.startsWith('--') && a.includes('=') ? a.split(/=(.*)/) : [a, undefined]
    if (CURL_VALUE_OPTIONS.has(name as string)) {
      const value = joined ?? args[++i]
      if (['-m', '--max-time', '--connect-timeout'].includes(name as string))
        limit = Number(value) || null
    } else if (!a.startsWith('-') && url === undefined) url = a
  }
  return { url, limit }
}

/** curl; its connection carries why it failed, or the question for its walk (explained). */
export function curl(t: Topology, c: Container, args: string[]): Output {
  const { url } = curlOptions(args)
  const o = fetchUrl(t, c, args)
  if (!url) return o
  const { host, port } = parseUrl(url)
  return explained(o, t, c, host, port)
}

function fetchUrl(t: Topology, c: Container, args: string[]): Output {
  const { url, limit } = curlOptions(args)
  if (!url) return err("curl: try 'curl --help' or 'curl --manual' for more information\n", 2)
  const { host, port } = parseUrl(url)
  const target = resolveTarget(t, c, host)
  if ('error' in target) return err(`curl: (6) Could not resolve host: ${host}\n`, 6)
  const p = probeTcp(t, c, target.ip, port)
  if (p.kind === 'open') {
    const body = httpBody(p.server)
    return body === null ? err('curl: (1) Received HTTP/0.9 when not allowed\n', 1) : ok(body)
  }
  if (p.kind === 'refused')
    return err(
      `curl: (7) Failed to connect to ${host} port ${port} after 0 ms: Couldn't connect to server\n`,
      7,
    )
  // Nothing answers: the time limit given, or the kernel's SYN retries, run out.
  if (limit !== null)
    return err(`curl: (28) Connection timed out after ${limit * 1000} milliseconds\n`, 28)
  return err(
    `curl: (28) Failed to connect to ${host} port ${port} after 134222 ms: Couldn't connect to server\n`,
    28,
  )
}
