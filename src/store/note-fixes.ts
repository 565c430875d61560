/**
 * The fixes for a problem the diagnostics note (engine/note-why.ts): candidate commands, each
 * kept only if Docker accepts them all and the note is gone from the world after them. Loaded
 * with the first such "Why?".
 */
import { freeLanAddress, noteKey, type DiagnosticNote, type Topology } from '../engine'
import type { Candidate } from '../cli/index'
import { diagnostics } from './diagnostics'
import { docker } from './ids'

/** The changes that could make `note` go, as commands on the host of what it is about. */
export function noteCandidates(
  t: Topology,
  current: string,
  note: DiagnosticNote,
): readonly Candidate[] {
  if (note.code === 'VOLUME_UNUSED')
    return [
      {
        commands: [docker(note.host, current, 'volume', 'rm', note.name)],
        rule: { kind: 'remove-volume', volume: note.name },
      },
    ]
  const c = t.containers.get(note.containerId)
  if (!c) return []
  const on = (...words: string[]) => docker(c.host, current, ...words)
  switch (note.code) {
    case 'STOPPED':
      return [
        { commands: [on('start', c.name)], rule: { kind: 'start-stopped', container: c.name } },
      ]
    case 'LINK_ENV_STALE':
      return [
        {
          commands: [on('restart', c.name)],
          rule: { kind: 'restart-link-env', container: c.name, alias: note.alias },
        },
      ]
    case 'LAN_CLASH': {
      const n = t.networks.get(note.networkId)
      const free = n ? freeLanAddress(t, n) : null
      if (!n || !free) return []
      return [
        {
          commands: [
            on('network', 'disconnect', n.name, c.name),
            on('network', 'connect', '--ip', free, n.name, c.name),
          ],
          rule: { kind: 'free-lan-address', container: c.name, address: free, network: n.name },
        },
      ]
    }
  }
}

/** Whether the diagnostics of `t` report `note`. */
export function isNoted(t: Topology, note: DiagnosticNote): boolean {
  const key = noteKey(note)
  return diagnostics(t).some((d) => d.why?.kind === 'noted' && noteKey(d.why.note) === key)
}
