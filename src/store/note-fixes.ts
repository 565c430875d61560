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
        why: `remove the volume ${note.name}, and the files in it`,
      },
    ]
  const c = t.containers.get(note.containerId)
  if (!c) return []
  const on = (...words: string[]) => docker(c.host, current, ...words)
  switch (note.code) {
    case 'STOPPED':
      return [{ commands: [on('start', c.name)], why: `start ${c.name}` }]
    case 'LINK_ENV_STALE':
      return [
        {
          commands: [on('restart', c.name)],
          why: `restart ${c.name}, so its link variables are written again from the address ${note.alias} has now`,
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
          why: `give ${c.name} the address ${free} on ${n.name}, which no machine of the LAN holds`,
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
