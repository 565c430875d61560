import { describe, expect, it } from 'vitest'
import { expectRendered, renderAll, sharedTexts } from '../../test/catalogue'
import { CLIENT_ERROR_CODES, refuse, renderClientError } from './client-errors'

describe('the client error catalogue', () => {
  const texts = renderAll(CLIENT_ERROR_CODES, renderClientError)

  it.each(texts)('%s renders a message', (_code, text) => expectRendered(text))

  it('gives each code its own message: no two codes render the same text for the same params', () => {
    expect(sharedTexts(texts)).toEqual([])
  })

  it('keeps a wrapped reason coded (pflag: invalid argument ... flag: <reason>)', () => {
    const reason = refuse('INT_SYNTAX', { fn: 'ParseInt', text: 'x' })
    const e = refuse('INVALID_ARGUMENT', { text: 'x', flag: '-n, --last', reason })
    expect(e.message).toBe(
      'invalid argument "x" for "-n, --last" flag: strconv.ParseInt: parsing "x": invalid syntax',
    )
    expect(e.code === 'INVALID_ARGUMENT' && e.params.reason.code).toBe('INT_SYNTAX')
  })
})
