/** `docker inspect` / `docker container inspect`: Docker's JSON, or a `-f` template. */
import {
  bindingAddresses,
  endpointDnsNames,
  findContainer,
  imageWithTag,
  namespaceOwner,
  type Container,
  type Topology,
} from '../../engine'
import { flagString, parseFlags } from '../flags'
import { renderGoTemplate } from '../go-template'
import { argsError, flagError, type Output } from '../output'
import type { ShellState, Step } from '../state'
import { containerNames } from './containers'

/** The subset of Docker's container inspect document that the simulator knows. */
export function inspectContainer(t: Topology, c: Container): Record<string, unknown> {
  const owner = namespaceOwner(t, c)
  const networks: Record<string, unknown> = {}
  for (const e of c.endpoints) {
    const n = t.networks.get(e.networkId)
    if (!n) continue
    const prefix = Number(n.subnet?.split('/')[1] ?? 0)
    networks[n.name] = {
      IPAMConfig: e.staticIp ? { IPv4Address: e.staticIp } : null,
      Links: e.links.length > 0 ? e.links : null,
      Aliases: e.aliases.length > 0 ? e.aliases : null,
      MacAddress: e.mac ?? '',
      NetworkID: n.id,
      EndpointID: c.state === 'running' ? e.endpointId : '',
      Gateway: e.ip && n.gateway ? n.gateway : '',
      IPAddress: e.ip ?? '',
      IPPrefixLen: e.ip ? prefix : 0,
      DNSNames: n.predefined ? null : endpointDnsNames(c, e.aliases),
    }
  }
  const ports: Record<string, unknown> = {}
  for (const e of c.exposed) {
    const bound = c.ports.filter((p) => p.containerPort === e.port && p.proto === e.proto)
    ports[`${e.port}/${e.proto}`] =
      bound.length > 0
        ? bound.flatMap((b) =>
            bindingAddresses(b).map((a) => ({ HostIp: a.ip, HostPort: String(b.hostPort) })),
          )
        : null
  }
  const links = c.links.flatMap((l) => {
    const child = t.containers.get(l.childId)
    return child ? [`/${child.name}:/${c.name}/${l.alias}`] : []
  })
  return {
    Id: c.id,
    Path: c.cmd[0] ?? '',
    Args: c.cmd.slice(1),
    State: { Status: c.state, Running: c.state === 'running', ExitCode: c.exitCode },
    Image: imageWithTag(c.image),
    Name: `/${c.name}`,
    HostConfig: {
      NetworkMode: c.networkMode,
      Links: links.length > 0 ? links : null,
      PortBindings: Object.fromEntries(
        c.publish.map((p) => [
          `${p.containerPort}/${p.proto}`,
          [{ HostIp: p.hostIp, HostPort: p.hostPortStart === 0 ? '' : String(p.hostPortStart) }],
        ]),
      ),
      PublishAllPorts: c.publishAll,
      VolumesFrom: c.volumesFrom.length > 0 ? c.volumesFrom : null,
      Dns: c.dns,
      ExtraHosts: c.addHosts.length > 0 ? c.addHosts.map((h) => `${h.name}:${h.ip}`) : null,
      Privileged: c.privileged,
      AutoRemove: c.autoRemove,
      RestartPolicy: { Name: c.restart, MaximumRetryCount: 0 },
    },
    Mounts: c.mounts.map((m) => ({
      Type: m.type,
      ...(m.type === 'volume' ? { Name: m.source } : {}),
      Source: m.type === 'volume' ? `/var/lib/docker/volumes/${m.source}/_data` : m.source,
      Destination: m.destination,
      Driver: m.type === 'volume' ? 'local' : undefined,
      Mode: m.type === 'bind' ? '' : 'z',
      RW: m.rw,
      Propagation: m.type === 'bind' ? 'rprivate' : '',
    })),
    Config: {
      Hostname: owner.hostname,
      Domainname: owner.domainname,
      Env: c.env,
      Cmd: c.cmd,
      Image: c.image,
      ExposedPorts:
        c.exposed.length > 0
          ? Object.fromEntries(c.exposed.map((e) => [`${e.port}/${e.proto}`, {}]))
          : null,
    },
    NetworkSettings: { Ports: ports, Networks: networks },
    Names: containerNames(t, c),
  }
}

export function inspect(state: ShellState, argv: readonly string[]): Step {
  const usage = '[OPTIONS] NAME|ID [NAME|ID...]'
  const p = parseFlags(
    argv,
    [
      { long: 'format', short: 'f', kind: 'string' },
      { long: 'type', kind: 'string' },
      { long: 'size', short: 's', kind: 'bool' },
    ],
    true,
  )
  if (!p.ok) return { state, output: flagError('inspect', usage, p.error) }
  if (p.args.length === 0)
    return { state, output: argsError('inspect', usage, 'at least 1 argument') }
  const docs: Record<string, unknown>[] = []
  const errors: string[] = []
  for (const ref of p.args) {
    const c = findContainer(state.topology, state.currentHost, ref)
    if (!c) errors.push(`Error: No such object: ${ref}`)
    else {
      const doc = inspectContainer(state.topology, c)
      delete doc.Names
      docs.push(doc)
    }
  }
  return { state, output: formatInspect(docs, errors, flagString(p.flags, 'format')) }
}

/**
 * Inspect output as the docker CLI prints it (cli/command/inspect/inspector.go): indented JSON
 * (`[]` when nothing was found), or one line per object from a Go template, with a template
 * error reported as `template parsing error: ...` (status 64 when it does not parse).
 */
export function formatInspect(
  docs: readonly unknown[],
  errors: readonly string[],
  format: string | undefined,
): Output {
  const fail = (stdout: string, errs: readonly string[]): Output => ({
    stdout,
    stderr: errs.map((e) => `${e}\n`).join(''),
    exitCode: errs.length > 0 ? 1 : 0,
  })
  if (format === undefined || format === '')
    return fail(docs.length === 0 ? '[]\n' : `${JSON.stringify(docs, null, 4)}\n`, errors)
  if (format === 'json') return fail(`${JSON.stringify(docs)}\n`, errors)
  const probe = renderGoTemplate(format, {}, { missingKey: 'default' })
  if (!probe.ok && !probe.error.includes('executing')) {
    return { stdout: '', stderr: `template parsing error: ${probe.error}\n`, exitCode: 64 }
  }
  let stdout = ''
  const errs = [...errors]
  for (const d of docs) {
    const r = renderGoTemplate(format, d, { missingKey: 'error' })
    if (r.ok) stdout += `${r.value}\n`
    else errs.push(`template parsing error: ${r.error}`)
  }
  return fail(stdout === '' ? '\n' : stdout, errs)
}
