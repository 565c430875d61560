/**
 * What listens inside a running container: the image's service on its EXPOSE ports when
 * its server command runs, and ambassadors (svendowideit/ambassador: socat forwarding each
 * `<ALIAS>_PORT_<n>_TCP=tcp://ip:port` variable, listening on <n>).
 */
import { lookupImage } from './images'
import { computeProcessEnv } from './link-env'
import type { Container, Topology } from './model'
import type { ExposedPort } from './port-spec'

/** Commands that start an image's server when given explicitly (`python app.py`). */
const SERVER_COMMANDS = new Set([
  'nginx',
  'httpd-foreground',
  'httpd',
  'mysqld',
  'postgres',
  'redis-server',
  'python',
  'apache2-foreground',
  'su',
  'docker-entrypoint.sh',
])

/** True when the container runs its image's server (default command, or the server binary). */
export function runsService(c: Container): boolean {
  const image = lookupImage(c.image)
  if (image.service === null) return false
  if (c.defaultCmd) return true
  const first = (c.cmd[0] ?? '').split('/').pop() ?? ''
  return SERVER_COMMANDS.has(first) || c.cmd.join(' ') === image.cmd.join(' ')
}

export interface Forward {
  readonly listen: number
  readonly targetIp: string
  readonly targetPort: number
  /** The variable it came from, e.g. MYSQL_PORT_3306_TCP=tcp://192.168.1.11:3306. */
  readonly variable: string
}

const TCP_VAR = /^[^=]*_PORT_(\d+)_TCP=tcp:\/\/([0-9.]+):(\d+)$/

/** Whether a container forwards ports the ambassador way. */
export function isAmbassador(c: Container): boolean {
  const image = lookupImage(c.image)
  if (image.ambassador) return true
  return !image.known && c.env.some((e) => TCP_VAR.test(e))
}

const forwardsMemo = new WeakMap<Topology, Map<string, Forward[]>>()

/** The ambassador's socat forwards, from its environment (link variables included). */
export function ambassadorForwards(t: Topology, c: Container): Forward[] {
  if (c.state !== 'running' || !isAmbassador(c)) return []
  let memo = forwardsMemo.get(t)
  if (!memo) {
    memo = new Map()
    forwardsMemo.set(t, memo)
  }
  const hit = memo.get(c.id)
  if (hit) return hit
  const out: Forward[] = []
  for (const v of computeProcessEnv(t, c)) {
    const m = TCP_VAR.exec(v)
    if (!m) continue
    const listen = Number(m[1])
    if (out.some((f) => f.listen === listen)) continue
    out.push({ listen, targetIp: m[2] ?? '', targetPort: Number(m[3]), variable: v })
  }
  memo.set(c.id, out)
  return out
}

/** Ports something listens on in the container (TCP unless the image says otherwise). */
export function listeningPorts(t: Topology, c: Container): ExposedPort[] {
  if (c.state !== 'running') return []
  if (isAmbassador(c))
    return ambassadorForwards(t, c).map((f) => ({ port: f.listen, proto: 'tcp' }))
  if (!runsService(c)) return []
  return [...lookupImage(c.image).exposed]
}
