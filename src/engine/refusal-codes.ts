/**
 * The refusals Docknet can say more about than Docker's message does (refusal-why.ts): the
 * terminal offers "Why?" for these. Apart from the explanations, so the first paint holds only
 * this list.
 */
import type { EngineError, ErrorCode } from './error-core'

export const EXPLAINED_REFUSALS: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'NAME_IN_USE',
  'RENAME_NAME_IN_USE',
  'LINK_NOT_RUNNING',
  'LINK_TARGET_MISSING',
  'LINK_HOST_NETWORK',
  'LINK_CONTAINER_NETWORK',
  'CONFLICT_PUBLISH',
  'JOIN_NOT_RUNNING',
  'PORT_ALLOCATED',
  'CONNECT_PORT_ALLOCATED',
  'NOT_RUNNING',
  'RUNNING_REMOVE',
  'NETWORK_ACTIVE_ENDPOINTS',
  'VOLUME_IN_USE',
  'STATIC_IP_DEFAULT',
  'STATIC_IP_NO_SUBNET',
  'NO_SUCH_CONTAINER',
])

/**
 * The refusal to explain: `e`, or the one it wraps (`invalid endpoint settings:` wraps the
 * --ip rule), the innermost first; null when none is explained.
 */
export function explainedRefusal(e: EngineError): EngineError | null {
  const params = e.params as { readonly reason?: unknown }
  const inner = params.reason as EngineError | undefined
  const deeper =
    inner && typeof inner === 'object' && 'code' in inner ? explainedRefusal(inner) : null
  return deeper ?? (EXPLAINED_REFUSALS.has(e.code) ? e : null)
}
