/**
 * The inspector's container form as docker commands: a new name is `docker rename`, running or
 * stopped is `docker start` / `docker stop`, and everything Docker fixes at creation (image, -e,
 * -p, --expose, -v, network mode, aliases, --ip) recreates the container with the new values.
 */
import { exposeFlags, ownEnv, ownMounts, publishFlags } from '../cli/run-command'
import { driverCaps, networkModeText, type Container, type Topology } from '../engine'
import { recreate, type EdgeGesture } from './edge-gestures'
import { docker } from './ids'

export interface ContainerForm {
  readonly name: string
  readonly image: string
  /** One `KEY=value` per line. */
  readonly env: string
  /** `-p` specs separated by spaces. */
  readonly publish: string
  /** `--expose` specs separated by spaces. */
  readonly expose: string
  /** `-v` specs separated by spaces: named volumes, host paths (bind mounts), anonymous ones. */
  readonly volumes: string
  /** bridge, host, none, a network name, or container:<name>. */
  readonly network: string
  /** Network aliases separated by spaces or commas. */
  readonly aliases: string
  readonly ip: string
  readonly running: boolean
}

function networkModeOf(t: Topology, c: Container): string {
  if (c.joinedTo) return `container:${t.containers.get(c.joinedTo)?.name ?? c.joinedTo}`
  return networkModeText(c.networkMode)
}

/** The form's values for a container as it is. */
export function formOf(t: Topology, c: Container): ContainerForm {
  return {
    name: c.name,
    image: c.image,
    env: ownEnv(c).join('\n'),
    publish: publishFlags(c).join(' '),
    expose: exposeFlags(c).join(' '),
    volumes: ownMounts(t, c).join(' '),
    network: networkModeOf(t, c),
    aliases: (c.endpoints[0]?.aliases ?? []).join(' '),
    ip: c.endpoints[0]?.staticIp ?? '',
    running: c.state === 'running',
  }
}

/** The network modes a container on its host can be given. */
export function networkChoices(t: Topology, c: Container): string[] {
  const nets = [...t.networks.values()]
    .filter(
      (n) => (n.host === c.host || n.host === null) && (n.host === null ? n.attachable : true),
    )
    .sort((a, b) => a.seq - b.seq)
    .map((n) => (driverCaps(n.driver).namespace === 'none' ? 'none' : n.name))
  const others = [...t.containers.values()]
    .filter((o) => o.host === c.host && o.id !== c.id)
    .sort((a, b) => a.seq - b.seq)
    .map((o) => `container:${o.name}`)
  return [...new Set([...nets, ...others])]
}

const list = (text: string, sep: RegExp) =>
  text
    .split(sep)
    .map((w) => w.trim())
    .filter(Boolean)

/** The commands that turn the container into what the form says, or why not. */
export function editCommands(
  t: Topology,
  current: string,
  id: string,
  form: ContainerForm,
): EdgeGesture | null {
  const c = t.containers.get(id)
  if (!c) return null
  const was = formOf(t, c)
  const on = (...words: string[]) => docker(c.host, current, ...words)
  const lines: string[] = []
  let name = c.name
  if (form.name.trim() !== c.name) {
    name = form.name.trim()
    lines.push(on('rename', c.name, name))
  }
  const recreated =
    form.image.trim() !== was.image ||
    form.env !== was.env ||
    form.publish !== was.publish ||
    form.expose !== was.expose ||
    form.volumes !== was.volumes ||
    form.network !== was.network ||
    form.aliases !== was.aliases ||
    form.ip !== was.ip
  if (recreated) {
    const g = recreate(
      t,
      current,
      { ...c, name },
      {
        image: form.image.trim(),
        env: list(form.env, /\n/),
        publish: list(form.publish, /[\s,]+/),
        expose: list(form.expose, /[\s,]+/),
        ...(form.volumes !== was.volumes ? { volumes: list(form.volumes, /\s+/) } : {}),
        ...(form.network !== was.network ? { network: form.network } : {}),
        // Lists are typed either way: `www front` or `www, front`.
        aliases: list(form.aliases, /[\s,]+/),
        ip: form.ip.trim(),
      },
    )
    if (!g.ok) return g
    // The recreate keeps the old state; the form's running state decides instead.
    const stop = on('stop', name)
    const made = g.lines.filter((l) => l !== stop)
    lines.push(...made)
    const created = made.some((l) => l.startsWith(`${on('create')} `))
    if (form.running && created) lines.push(on('start', name))
    if (!form.running && !created) lines.push(stop)
  } else if (form.running !== was.running) {
    lines.push(on(form.running ? 'start' : 'stop', name))
  }
  return { ok: true, lines }
}
