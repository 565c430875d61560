import { describe, expect, it } from 'vitest'
import { expectRendered, renderAll, sharedTexts } from '../test/catalogue'
import { engineError } from './error-core'
import { ERROR_CODES, errorText, renderError } from './errors'

describe('the engine error catalogue', () => {
  // A wrapped error is worded by the catalogue too: a real one stands in for it.
  const wrapped = engineError('SWARM_BAD_TOKEN')
  const texts = renderAll(ERROR_CODES, renderError, { reason: wrapped, refusal: wrapped })

  it.each(texts)('%s renders a message', (_code, text) => expectRendered(text))

  it('gives each code its own message: no two codes render the same text for the same params', () => {
    expect(sharedTexts(texts)).toEqual([])
  })

  it('keeps the facts as data and the text as their rendering', () => {
    const e = engineError('NOT_CONNECTED_STOPPED', { id: 'abc', network: 'net1' })
    expect(e).toEqual({ code: 'NOT_CONNECTED_STOPPED', params: { id: 'abc', network: 'net1' } })
    expect(errorText(e)).toBe('container abc is not connected to the network net1')
    expect(engineError('SWARM_BAD_TOKEN')).toEqual({ code: 'SWARM_BAD_TOKEN', params: {} })
    expect(errorText(engineError('SWARM_BAD_TOKEN'))).toBe('invalid join token')
  })

  it('wraps a coded reason, which stays coded (moby daemon/create.go, validateEndpointSettings)', () => {
    const reason = engineError('STATIC_IP_DEFAULT')
    const settings = engineError('ENDPOINT_SETTINGS', { reason })
    const e = engineError('NETWORK_CONFIG', { network: 'host', reason: settings })
    expect(errorText(e)).toBe(
      'invalid config for network host: invalid endpoint settings:\nuser specified IP address is supported on user defined networks only',
    )
    expect(e.code === 'NETWORK_CONFIG' && e.params.reason.code).toBe('ENDPOINT_SETTINGS')
  })
})
