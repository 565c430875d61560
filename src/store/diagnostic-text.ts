/** A diagnostic's fact (diagnostic-fact.ts) worded in English: the sentence the panel shows. */
import { blockerText } from '../engine'
import type { DiagnosticFact } from './diagnostic-fact'

export function diagnosticText(f: DiagnosticFact): string {
  switch (f.kind) {
    case 'stopped':
      return `${f.container} is ${f.state}: it has no address and answers nothing (docker start ${f.container}).`
    case 'start-refused':
      return `docker start ${f.container}: Error response from daemon: ${f.error}`
    case 'link-removed':
      return `${f.container} links to ${f.target} as ${f.alias}, which was removed: docker restart ${f.container} would fail (${f.error ?? 'no such container'}).`
    case 'link-stopped':
      return `${f.container} links to ${f.child} as ${f.alias}, but ${f.child} is not running: its /etc/hosts line and ${f.alias.toUpperCase()}_* variables point to nothing (Docker refuses to start ${f.container} again: "Cannot link to a non running container").`
    case 'link-env-stale':
      return `${f.container}'s link variables still say ${f.child} is at ${f.was}; it now has ${f.now} (link variables are set when ${f.container} starts and never refreshed).`
    case 'join-stopped':
      return `${f.container} shares the network namespace of ${f.donor}, which is not running: ${f.container} has only a loopback interface.`
    case 'ambassador-dead':
      return `ambassador ${f.container} forwards :${f.listen} to ${f.targetIp}:${f.targetPort}, which does not answer: ${blockerText(f.blocker)}.`
    case 'lan-clash': {
      const other =
        'container' in f.other ? `${f.other.container} on ${f.other.host}` : `host ${f.other.host}`
      return `${f.container} holds ${f.ip} on ${f.driver} network ${f.network}, which ${other} holds on the LAN too: Docker's IPAM knows only this daemon's containers (give each host's network its own --ip-range).`
    }
    case 'volume-unused':
      return `volume ${f.volume} on ${f.host} is not mounted by any container.`
  }
}
