/**
 * `docker context create / use / ls / show`: in Docknet every context is a Docker host on
 * the shared LAN (`--docker host=tcp://IP:2375` gives its address), with its own daemon.
 */
import { addHost, errorText, listHosts, removeHost, type Host, type Topology } from '../../engine'
import type { RenderTemplate } from '../go-template'
import { asFieldError } from '../spec/format-check'
import { flagBool, flagList, flagString } from '../spec/parse-flags'
import { parseBool } from '../spec/values'
import type { Invocation } from '../spec/types'
import { clientError, out, type Output } from '../output'
import { sha256Hex } from '../../engine'
import type { ShellState, Step } from '../state'
import { listing } from '../format'
import { formatInspect } from './inspect'

/** The client's error for an unknown context (its metadata folder is sha256(name)). */
export function contextNotFound(name: string): string {
  return `context "${name}": context not found: open /root/.docker/contexts/meta/${sha256Hex(name)}/meta.json: no such file or directory`
}

/** The host a `--context` / `-H` value names: a context name, or tcp://IP[:port] of a host. */
export function resolveContext(t: Topology, ref: string): string | null {
  if (t.hosts.has(ref)) return ref
  const ip = ref.replace(/^tcp:\/\//, '').replace(/:\d+$/, '')
  return [...t.hosts.values()].find((h) => h.lanIp === ip)?.name ?? null
}

/** The client's rule for context names (cli/context/store). */
const CONTEXT_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$/

/** store.ValidateContextName. */
function contextNameError(name: string): string | null {
  if (name === '') return 'context name cannot be empty'
  if (name === 'default') return '"default" is a reserved context name'
  if (!CONTEXT_NAME.test(name))
    return `context name ${JSON.stringify(name)} is invalid, names are validated against regexp "${CONTEXT_NAME.source}"`
  return null
}

const ENDPOINT_KEYS = ['from', 'host', 'ca', 'cert', 'key', 'skip-tls-verify']

/** The --docker endpoint checks of context create (cli/command/context/options.go). */
function endpointError(pairs: readonly string[], from: string | undefined): string | null {
  if (from !== undefined && pairs.length > 0) return 'cannot use --docker flag when --from is set'
  const config = new Map(
    pairs.map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]),
  )
  const unknown = [...config.keys()].filter((k) => !ENDPOINT_KEYS.includes(k))
  const prefix = 'unable to create docker endpoint config: '
  if (unknown.length > 0)
    return prefix + unknown.map((k) => `unrecognized config key: ${k}`).join('\n')
  const skip = config.get('skip-tls-verify')
  if (skip !== undefined && 'error' in parseBool(skip))
    return `${prefix}skip-tls-verify: parsing ${JSON.stringify(skip)}: invalid syntax`
  const host = config.get('host')
  if (host !== undefined && host !== '' && !host.includes('://'))
    return `${prefix}unable to apply docker endpoint options: unable to parse docker host \`${host}\``
  return null
}

export function contextCreate(state: ShellState, call: Invocation): Step {
  const name = call.args[0] ?? ''
  const pairs = flagList(call.flags, 'docker')
  const from = flagString(call.flags, 'from')
  const refused =
    contextNameError(name) ??
    (state.topology.hosts.has(name) ? `context ${JSON.stringify(name)} already exists` : null) ??
    endpointError(pairs, from) ??
    (from !== undefined && !state.topology.hosts.has(from) ? contextNotFound(from) : null)
  if (refused) return { state, output: clientError(refused) }
  const ip = pairs.join(',').match(/host=tcp:\/\/([0-9.]+)/)?.[1]
  const r = addHost(state.topology, name, ip)
  if (!r.ok) return { state, output: clientError(errorText(r.error)) }
  return {
    state: { ...state, topology: r.value },
    output: {
      stdout: `${name}\n`,
      stderr: `Successfully created context "${name}"\n`,
      exitCode: 0,
    },
  }
}

export function contextUse(state: ShellState, call: Invocation): Step {
  const name = call.args[0] ?? ''
  const badName = name === 'default' ? null : contextNameError(name)
  if (badName) return { state, output: clientError(badName) }
  if (!state.topology.hosts.has(name)) return { state, output: clientError(contextNotFound(name)) }
  return {
    state: { ...state, currentHost: name },
    output: { stdout: `${name}\n`, stderr: `Current context is now "${name}"\n`, exitCode: 0 },
  }
}

/** The Docker endpoint of a context: the local socket for `default`, else the host's LAN IP. */
function endpointOf(h: Host): string {
  return h.name === 'default' ? 'unix:///var/run/docker.sock' : `tcp://${h.lanIp}:2375`
}

/**
 * The client formats the listing itself: a template that does not parse or names a field its
 * context type lacks is refused as `template parsing error: ...`, status 1.
 */
function listFormatError(
  templates: RenderTemplate | undefined,
  format: string | undefined,
  row: Record<string, unknown> | undefined,
): Output | null {
  if (!templates || format === undefined || format === 'json' || !row) return null
  const template = format.startsWith('table') ? format.slice(5).trimStart() : format
  const r = templates(template, row, { missingKey: 'error' })
  if (r.ok) return null
  return clientError(
    `template parsing error: ${asFieldError(r.error, '*formatter.clientContextContext')}`,
  )
}

export function contextLs(state: ShellState, call: Invocation): Step {
  const rows = listHosts(state.topology).map((h) => ({
    Name: h.name,
    Current: h.name === state.currentHost,
    Description: h.name === 'default' ? 'Current DOCKER_HOST based configuration' : '',
    DockerEndpoint: endpointOf(h),
    Error: '',
  }))
  const format = flagBool(call.flags, 'quiet') ? undefined : flagString(call.flags, 'format')
  const refused = listFormatError(state.templates, format, rows[0])
  if (refused) return { state, output: refused }
  const output = listing(call.flags, rows, state.templates, {
    table:
      'table {{.Name}}{{if .Current}} *{{end}}\t{{.Description}}\t{{.DockerEndpoint}}\t{{.Error}}',
    quiet: 'Name',
    headers: {
      Name: 'NAME',
      Description: 'DESCRIPTION',
      DockerEndpoint: 'DOCKER ENDPOINT',
      Error: 'ERROR',
    },
  })
  return { state, output }
}

/** `docker context inspect` of one context: its store document (Go's JSON escapes < and >). */
function contextDoc(h: Host): Record<string, unknown> {
  const stored = h.name !== 'default'
  const hash = sha256Hex(h.name)
  return {
    Name: h.name,
    Metadata: {},
    Endpoints: { docker: { Host: endpointOf(h), SkipTLSVerify: false } },
    TLSMaterial: {},
    Storage: {
      MetadataPath: stored ? `/root/.docker/contexts/meta/${hash}` : '<IN MEMORY>',
      TLSPath: stored ? `/root/.docker/contexts/tls/${hash}` : '<IN MEMORY>',
    },
  }
}

export function contextInspect(state: ShellState, call: Invocation): Step {
  const names = call.args.length > 0 ? call.args : [state.currentHost]
  const hosts = names.map((n) => state.topology.hosts.get(n))
  const errors = names.filter((_n, i) => !hosts[i]).map((n) => contextNotFound(n))
  const docs = hosts.filter((h) => h !== undefined).map(contextDoc)
  const format = flagString(call.flags, 'format')
  const output = formatInspect(docs, errors, format, state.templates)
  const escaped = format
    ? output.stdout
    : output.stdout.replace(/</g, '\\u003c').replace(/>/g, '\\u003e')
  const stderr = asFieldError(output.stderr, 'context.contextWithTLSListing')
  return { state, output: { ...output, stdout: escaped, stderr } }
}

export function contextShow(state: ShellState): Step {
  return { state, output: out(`${state.currentHost}\n`) }
}

/**
 * `docker context rm` (docker/cli v28.2.2 cli/command/context/remove.go): `default` cannot go;
 * the current context only with -f (the client falls back to `default`); a missing one is an
 * error unless -f, which removes nothing quietly and prints the name. Each removed name is
 * printed; the errors are joined, exit 1. Removing a host's context removes the simulated host,
 * which is refused while its daemon holds anything (engine/remove-host.ts).
 */
export function contextRm(state: ShellState, call: Invocation): Step {
  const force = flagBool(call.flags, 'force')
  let next = state
  let stdout = ''
  const errors: string[] = []
  for (const name of call.args) {
    if (name === 'default') {
      errors.push('context "default" cannot be removed')
      continue
    }
    const current = name === next.currentHost
    if (current && !force) {
      errors.push(`context ${JSON.stringify(name)} is in use, set -f flag to force remove`)
      continue
    }
    if (!next.topology.hosts.has(name)) {
      if (force) stdout += `${name}\n`
      else errors.push(`context ${JSON.stringify(name)} does not exist`)
      continue
    }
    const r = removeHost(next.topology, name)
    if (!r.ok) {
      errors.push(errorText(r.error))
      continue
    }
    next = { ...next, topology: r.value, currentHost: current ? 'default' : next.currentHost }
    stdout += `${name}\n`
  }
  const stderr = errors.map((e) => `${e}\n`).join('')
  return { state: next, output: { stdout, stderr, exitCode: errors.length > 0 ? 1 : 0 } }
}
