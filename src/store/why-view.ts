/**
 * An engine answer (engine/ask.ts) as the Why views show it. Imported by the views that load
 * lazily, not through the store's door, so the why texts stay out of the first paint.
 */
import { evidenceText, whyText, type Asked } from '../engine'

export function whyView(asked: Asked): { why: string; evidence: string[] } {
  return { why: whyText(asked), evidence: asked.evidence.map(evidenceText) }
}
