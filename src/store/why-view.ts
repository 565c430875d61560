/**
 * An engine answer (engine/ask.ts) as the Why views show it. Imported by the views that load
 * lazily, not through the store's door, so the why texts stay out of the first paint.
 */
import {
  ask,
  englishProse,
  noteWhy,
  refusalWhy,
  walk,
  type Asked,
  type DiagnosticNote,
  type EngineError,
  type Prose,
  type RefusalWhy,
  type Topology,
} from '../engine'
import { isNoted } from './note-fixes'

/** Docker's text for a refusal, as the Why views quote it. */
export { errorText } from '../engine'

export function whyView(
  asked: Asked,
  prose: Prose = englishProse,
): { why: string; evidence: string[] } {
  return { why: prose.whyText(asked), evidence: asked.evidence.map(prose.evidenceText) }
}

/** A refusal's or a note's why (engine/why-rule.ts), worded by `prose`. */
function worded(r: RefusalWhy | null, prose: Prose): { why: string; evidence: string[] } | null {
  return r && { why: prose.whyRuleText(r.rule), evidence: r.evidence.map(prose.whyEvidenceText) }
}

/** Why Docker refused a command, as the Why views show it; null when its message says it all. */
export function refusalView(
  t: Topology,
  host: string,
  refused: EngineError,
  prose: Prose = englishProse,
): { why: string; evidence: readonly string[] } | null {
  return worded(refusalWhy(t, host, refused), prose)
}

/** Why a problem the diagnostics note is one; null when `t` is rid of it (fixed, or gone). */
export function noteView(
  t: Topology,
  note: DiagnosticNote,
  prose: Prose = englishProse,
): { why: string; evidence: readonly string[] } | null {
  return worded(isNoted(t, note) ? noteWhy(t, note) : null, prose)
}

/** The question `fromId` → `name` (`port`) asked of `t`, as ping, curl and nc would; null when gone. */
export function askedOf(
  t: Topology,
  fromId: string,
  name: string,
  port: number | null,
): Asked | null {
  const from = t.containers.get(fromId)
  return from ? ask(t, from, name, port) : null
}

/** The packet's walk for a question answered yes, step by step (none when it failed). */
export function walkLines(t: Topology, asked: Asked, prose: Prose = englishProse): string[][] {
  return walk(t, asked).map((step) => prose.walkStepLines(asked, step))
}

/**
 * The container a connection ends in: the last hop's (through ambassadors, the server behind
 * them, not the first ambassador the name means); the name's own when no connection is made.
 */
export function connectionEnd(asked: Asked): string | null {
  const last = asked.hops.at(-1)
  if (last?.kind === 'published') return last.container.id
  if (last && 'to' in last && typeof last.to === 'object') return last.to.id
  return asked.target?.id ?? null
}
