/**
 * The `until` filter of the prunes (moby api/types/time GetTimestamp): a Go duration before
 * now, a Unix time, or an RFC 3339 date or time. Docknet has no clock: its world began at
 * 2026-11-23T09:00:00Z and each event (an object's `seq`) is one second after the last
 * (inspect's timestamps), so "now" is the world's counter and a time becomes a counter value.
 */
import { engineError, type EngineError } from './error-core'

/** 2026-11-23T09:00:00Z as a Unix time: the counter's zero. */
const WORLD_START = 20780 * 86400 + 9 * 3600

const UNIT_SECONDS: Readonly<Record<string, number>> = {
  ns: 1e-9,
  us: 1e-6,
  µs: 1e-6,
  μs: 1e-6,
  ms: 1e-3,
  s: 1,
  m: 60,
  h: 3600,
}

/** time.ParseDuration in seconds, or null when it is not one. */
function durationSeconds(text: string): number | null {
  const sign = text.startsWith('-') ? -1 : 1
  const body = text.replace(/^[-+]/, '')
  if (body === '' || body === '0') return body === '0' ? 0 : null
  let total = 0
  let rest = body
  while (rest !== '') {
    const m = /^(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)/.exec(rest)
    if (!m) return null
    total += Number(m[1]) * (UNIT_SECONDS[m[2] ?? ''] ?? 0)
    rest = rest.slice(m[0].length)
  }
  return sign * total
}

/** Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y
  const era = Math.floor(yy / 400)
  const yoe = yy - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(Z|[+-]\d{2}:\d{2})?$/

/** An RFC 3339 date or date-time (a missing zone is UTC, the simulated hosts' zone). */
function dateSeconds(text: string): number | null {
  const m = DATE_TIME.exec(text)
  if (!m) return null
  const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1, 7).map((v) => Number(v ?? 0))
  if (mo === undefined || d === undefined || y === undefined) return null
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null
  const zone = m[8] ?? 'Z'
  const offset =
    zone === 'Z'
      ? 0
      : (zone.startsWith('-') ? -1 : 1) *
        (Number(zone.slice(1, 3)) * 3600 + Number(zone.slice(4)) * 60)
  return daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s + Number(m[7] ?? 0) - offset
}

/**
 * The counter value an `until` names: objects made after it are kept. `now` is the world's
 * counter. A text that is none of the forms is refused in GetTimestamp's words.
 */
export function parseUntil(text: string, now: number): number | EngineError {
  const duration = text === '0' ? null : durationSeconds(text)
  if (duration !== null) return now - duration
  const unix = /^\d+(\.\d+)?$/.test(text) ? Number(text) : dateSeconds(text)
  if (unix === null) return engineError('FILTER_UNTIL', { value: text })
  return unix - WORLD_START
}
