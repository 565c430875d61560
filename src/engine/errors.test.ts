import { describe, expect, it } from 'vitest'
import { ERROR_CODES, engineError, renderError, type ErrorCode, type ErrorParams } from './errors'

/**
 * Params whose every field reads as a placeholder `‹field›`: a text field prints as one, a
 * wrapped error (`reason`) has it as its message and a list (`values`) joins to it. Rendering
 * every code with them shows each message's shape without writing a sample per code.
 */
function placeholders<C extends ErrorCode>(): ErrorParams<C> {
  const field = (key: string) =>
    Object.assign(new String(`‹${key}›`), { message: `‹${key}›`, join: () => `‹${key}›` })
  return new Proxy({}, { get: (_t, key) => field(String(key)) }) as ErrorParams<C>
}

describe('the engine error catalogue', () => {
  const texts = ERROR_CODES.map((code) => [code, renderError(code, placeholders())] as const)

  it.each(texts)('%s renders a message', (_code, text) => {
    expect(text.trim()).not.toBe('')
    // Docker's own link refusals end in "undefined behavior"; no field may print as undefined.
    expect(text.replace('undefined behavior', '')).not.toMatch(/undefined|\[object/)
  })

  it('gives each code its own message: no two codes render the same text for the same params', () => {
    const byText = new Map<string, ErrorCode[]>()
    for (const [code, text] of texts) byText.set(text, [...(byText.get(text) ?? []), code])
    const shared = [...byText.values()].filter((codes) => codes.length > 1)
    expect(shared).toEqual([])
  })

  it('keeps the facts as data and the text as their rendering', () => {
    const e = engineError('NOT_CONNECTED_STOPPED', { id: 'abc', network: 'net1' })
    expect(e.code).toBe('NOT_CONNECTED_STOPPED')
    expect(e.params).toEqual({ id: 'abc', network: 'net1' })
    expect(e.message).toBe('container abc is not connected to the network net1')
    expect(engineError('SWARM_BAD_TOKEN')).toEqual({
      code: 'SWARM_BAD_TOKEN',
      params: {},
      message: 'invalid join token',
    })
  })

  it('wraps a coded reason, which stays coded (moby daemon/create.go, validateEndpointSettings)', () => {
    const reason = engineError('STATIC_IP_DEFAULT')
    const settings = engineError('ENDPOINT_SETTINGS', { reason })
    const e = engineError('NETWORK_CONFIG', { network: 'host', reason: settings })
    expect(e.message).toBe(
      'invalid config for network host: invalid endpoint settings:\nuser specified IP address is supported on user defined networks only',
    )
    expect(e.code === 'NETWORK_CONFIG' && e.params.reason.code).toBe('ENDPOINT_SETTINGS')
  })
})
