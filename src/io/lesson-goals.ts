/**
 * A lesson file's goals and predict questions, read and checked for shape. These types spell
 * out the file format; the CLI checks the same shapes against the world (cli/goal-types.ts,
 * cli/predict.ts). The layers keep io and the CLI apart, so the shapes are written in both, and
 * lesson.test.ts makes the compiler hold them equal.
 */
import {
  array,
  fail,
  join,
  kindOf,
  object,
  oneOf,
  port,
  string,
  type Reading,
} from './lesson-fields'

export type LessonContainerRef = string | { readonly name: string; readonly host: string }

export type LessonExpected =
  string | { readonly ipOf: LessonContainerRef; readonly network?: string }

export type LessonGoal =
  | {
      readonly kind: 'reaches'
      readonly by: 'name'
      readonly from: LessonContainerRef
      readonly to: string
      readonly port?: number
      readonly server?: LessonContainerRef
    }
  | {
      readonly kind: 'reaches'
      readonly by: 'ip'
      readonly from: LessonContainerRef
      readonly to: LessonContainerRef
      readonly port?: number
    }
  | {
      readonly kind: 'resolves'
      readonly from: LessonContainerRef
      readonly name: string
      readonly address?: LessonExpected
    }
  | { readonly kind: 'hostsLine'; readonly container: LessonContainerRef; readonly text: string }
  | {
      readonly kind: 'env'
      readonly container: LessonContainerRef
      readonly var: string
      readonly value?: LessonExpected
    }
  | {
      readonly kind: 'fileVisible'
      readonly container: LessonContainerRef
      readonly path: string
      readonly writtenIn: LessonContainerRef | { readonly host: string }
      readonly writtenAt?: string
    }
  | {
      readonly kind: 'published'
      readonly host: string
      readonly port: number
      readonly hostIp?: string
    }
  | { readonly kind: 'running'; readonly container: LessonContainerRef }
  | { readonly kind: 'refused'; readonly command: string; readonly host?: string }
  | { readonly kind: 'not'; readonly goal: LessonGoal }

export type LessonQuestion =
  | { readonly kind: 'yesNo'; readonly goal: LessonGoal }
  | { readonly kind: 'address'; readonly from: LessonContainerRef; readonly name: string }

const GOAL_KINDS = [
  'reaches',
  'resolves',
  'hostsLine',
  'env',
  'fileVisible',
  'published',
  'running',
  'refused',
  'not',
] as const

/** Docker's rule for container names (daemon/names.go). */
const CONTAINER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/

function containerName(r: Reading, v: unknown, path: string): string | undefined {
  const s = string(r, v, path)
  if (s === undefined || CONTAINER_NAME.test(s)) return s
  fail(r, 'BAD_VALUE', path, { expected: 'a container name ([a-zA-Z0-9][a-zA-Z0-9_.-]+)' })
  return undefined
}

export function readContainerRef(
  r: Reading,
  v: unknown,
  path: string,
): LessonContainerRef | undefined {
  if (typeof v === 'string') return containerName(r, v, path)
  const o = object(r, v, path, ['name', 'host'])
  if (!o) return undefined
  const name = containerName(r, o.name, join(path, 'name'))
  const host = string(r, o.host, join(path, 'host'))
  return name !== undefined && host !== undefined ? { name, host } : undefined
}

function readExpected(r: Reading, v: unknown, path: string): LessonExpected | undefined {
  if (typeof v === 'string') return string(r, v, path)
  const o = object(r, v, path, ['ipOf'], ['network'])
  if (!o) return undefined
  const ipOf = readContainerRef(r, o.ipOf, join(path, 'ipOf'))
  const network = o.network === undefined ? undefined : string(r, o.network, join(path, 'network'))
  if (ipOf === undefined || (o.network !== undefined && network === undefined)) return undefined
  return network === undefined ? { ipOf } : { ipOf, network }
}

function absolutePath(r: Reading, v: unknown, path: string): string | undefined {
  const s = string(r, v, path)
  if (s === undefined || s.startsWith('/')) return s
  fail(r, 'BAD_VALUE', path, { expected: 'an absolute path' })
  return undefined
}

/** The object when every field was read, else undefined. */
function all<T extends object>(parts: { [K in keyof T]: T[K] | undefined }): T | undefined {
  return Object.values(parts).every((x) => x !== undefined) ? (parts as T) : undefined
}

/** Reads an optional field with `read`; `ok` is false when it is there but wrong. */
function optional<T>(
  v: unknown,
  read: (v: unknown) => T | undefined,
): { ok: boolean; value: T | undefined } {
  if (v === undefined) return { ok: true, value: undefined }
  const value = read(v)
  return { ok: value !== undefined, value }
}

/** The object's fields that are set, for optional ones read as undefined. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
}

function readReaches(r: Reading, o: Record<string, unknown>, path: string) {
  const by = oneOf(r, o.by, join(path, 'by'), ['name', 'ip'] as const)
  if (!by) return undefined
  const from = readContainerRef(r, o.from, join(path, 'from'))
  const p = optional(o.port, (v) => port(r, v, join(path, 'port')))
  if (by === 'ip' && o.server !== undefined) fail(r, 'UNKNOWN_FIELD', join(path, 'server'))
  if (by === 'name') {
    const to = string(r, o.to, join(path, 'to'))
    const server = optional(o.server, (v) => readContainerRef(r, v, join(path, 'server')))
    if (from === undefined || to === undefined || !p.ok || !server.ok) return undefined
    return defined({ kind: 'reaches', by, from, to, port: p.value, server: server.value } as const)
  }
  const to = readContainerRef(r, o.to, join(path, 'to'))
  if (from === undefined || to === undefined || !p.ok) return undefined
  return defined({ kind: 'reaches', by, from, to, port: p.value } as const)
}

/** The fields each goal kind has: required, then optional. */
const GOAL_FIELDS: Record<LessonGoal['kind'], [readonly string[], readonly string[]]> = {
  reaches: [
    ['kind', 'by', 'from', 'to'],
    ['port', 'server'],
  ],
  resolves: [['kind', 'from', 'name'], ['address']],
  hostsLine: [['kind', 'container', 'text'], []],
  env: [['kind', 'container', 'var'], ['value']],
  fileVisible: [['kind', 'container', 'path', 'writtenIn'], ['writtenAt']],
  published: [['kind', 'host', 'port'], ['hostIp']],
  running: [['kind', 'container'], []],
  refused: [['kind', 'command'], ['host']],
  not: [['kind', 'goal'], []],
}

export function readGoal(r: Reading, v: unknown, path: string): LessonGoal | undefined {
  const kind = kindOf(r, v, path, GOAL_KINDS)
  if (!kind) return undefined
  const [required, optionals] = GOAL_FIELDS[kind]
  const o = object(r, v, path, required, optionals)
  if (!o) return undefined
  return readGoalFields(r, kind, o, path)
}

function readGoalFields(
  r: Reading,
  kind: LessonGoal['kind'],
  o: Record<string, unknown>,
  path: string,
): LessonGoal | undefined {
  const at = (key: string) => join(path, key)
  switch (kind) {
    case 'reaches':
      return readReaches(r, o, path)
    case 'resolves': {
      const base = all({
        kind,
        from: readContainerRef(r, o.from, at('from')),
        name: string(r, o.name, at('name')),
      })
      const address = optional(o.address, (x) => readExpected(r, x, at('address')))
      return base && address.ok ? defined({ ...base, address: address.value }) : undefined
    }
    case 'hostsLine':
      return all({
        kind,
        container: readContainerRef(r, o.container, at('container')),
        text: string(r, o.text, at('text')),
      })
    case 'env': {
      const base = all({
        kind,
        container: readContainerRef(r, o.container, at('container')),
        var: string(r, o.var, at('var')),
      })
      const value = optional(o.value, (x) => readExpected(r, x, at('value')))
      return base && value.ok ? defined({ ...base, value: value.value }) : undefined
    }
    case 'fileVisible': {
      const base = all({
        kind,
        container: readContainerRef(r, o.container, at('container')),
        path: absolutePath(r, o.path, at('path')),
        writtenIn: readWriter(r, o.writtenIn, at('writtenIn')),
      })
      const writtenAt = optional(o.writtenAt, (x) => absolutePath(r, x, at('writtenAt')))
      return base && writtenAt.ok ? defined({ ...base, writtenAt: writtenAt.value }) : undefined
    }
    case 'published': {
      const base = all({
        kind,
        host: string(r, o.host, at('host')),
        port: port(r, o.port, at('port')),
      })
      const hostIp = optional(o.hostIp, (x) => string(r, x, at('hostIp')))
      return base && hostIp.ok ? defined({ ...base, hostIp: hostIp.value }) : undefined
    }
    case 'running':
      return all({ kind, container: readContainerRef(r, o.container, at('container')) })
    case 'refused': {
      const command = string(r, o.command, at('command'))
      const host = optional(o.host, (x) => string(r, x, at('host')))
      return command !== undefined && host.ok
        ? defined({ kind, command, host: host.value })
        : undefined
    }
    case 'not': {
      const goal = readGoal(r, o.goal, at('goal'))
      return goal && { kind, goal }
    }
  }
}

/** A container, or `{ "host": ... }` for the host's own files. */
function readWriter(
  r: Reading,
  v: unknown,
  path: string,
): LessonContainerRef | { readonly host: string } | undefined {
  if (typeof v === 'object' && v !== null && !('name' in v)) {
    const o = object(r, v, path, ['host'])
    const host = o && string(r, o.host, join(path, 'host'))
    return host === undefined ? undefined : { host }
  }
  return readContainerRef(r, v, path)
}

export function readQuestion(r: Reading, v: unknown, path: string): LessonQuestion | undefined {
  const kind = kindOf(r, v, path, ['yesNo', 'address'] as const)
  if (kind === 'yesNo') {
    const o = object(r, v, path, ['kind', 'goal'])
    const goal = o && readGoal(r, o.goal, join(path, 'goal'))
    return goal && { kind, goal }
  }
  if (kind !== 'address') return undefined
  const o = object(r, v, path, ['kind', 'from', 'name'])
  if (!o) return undefined
  const from = readContainerRef(r, o.from, join(path, 'from'))
  const name = string(r, o.name, join(path, 'name'))
  return from !== undefined && name !== undefined ? { kind, from, name } : undefined
}

export const readGoals = (r: Reading, v: unknown, path: string) =>
  array(r, v, path, (x, p) => readGoal(r, x, p))
