import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { SHARE_LINK_LIMIT, SHARE_PREFIX, shareLink, sharedDocument } from './share'

const BASE = 'https://docknet.example/app/'
const fragmentOf = (url: string) => url.slice(url.indexOf('#'))

describe('a share link', () => {
  it('carries the text it was made from, whatever its characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const link = shareLink(BASE, text)
        if (!link.ok) return
        expect(link.url.startsWith(`${BASE}${SHARE_PREFIX}`)).toBe(true)
        const back = sharedDocument(fragmentOf(link.url))
        expect(back).toEqual(text ? { ok: true, text } : expect.objectContaining({ ok: false }))
      }),
      { numRuns: 200 },
    )
  })

  it('survives a tool that percent-encodes it on the way', () => {
    const link = shareLink(BASE, '{"format":"docknet","hosts":["vm1","vm2"]}')
    if (!link.ok) throw new Error(link.problem.code)
    const encoded = fragmentOf(link.url).replace(/[+$]/g, (c) => encodeURIComponent(c))
    expect(sharedDocument(encoded)).toEqual({
      ok: true,
      text: '{"format":"docknet","hosts":["vm1","vm2"]}',
    })
  })

  it('is not made past its limit: the user is told the length and offered a file', () => {
    // Text that does not compress: the link grows with it.
    const noise = Array.from({ length: 3000 }, (_, i) =>
      String.fromCharCode(0x4e00 + ((i * 7919) % 20000)),
    ).join('')
    const link = shareLink(BASE, noise)
    expect(link.ok).toBe(false)
    if (link.ok) return
    expect(link.length).toBeGreaterThan(SHARE_LINK_LIMIT)
    expect(link.problem).toEqual({ code: 'link-too-long', length: link.length, limit: 2000 })
  })
})

describe('an address fragment that is not a good share link', () => {
  it('is not a share link at all when it does not start with #doc=', () => {
    expect(sharedDocument('')).toBeNull()
    expect(sharedDocument('#section-2')).toBeNull()
  })

  it('is refused, never thrown: damaged, foreign characters, bad escapes, too long', () => {
    const damaged = { ok: false, problem: { code: 'link-damaged' } }
    expect(sharedDocument('#doc=')).toEqual(damaged)
    expect(sharedDocument('#doc=<script>alert(1)</script>')).toEqual(damaged)
    expect(sharedDocument('#doc=%E0%A4%A')).toEqual(damaged)
    expect(sharedDocument(`#doc=${'A'.repeat(8001)}`)).toEqual({
      ok: false,
      problem: { code: 'fragment-too-long', length: 8001, limit: 8000 },
    })
  })

  it('decodes any string of its alphabet to little text (a random link is no bomb)', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$'
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...alphabet), { minLength: 7000, maxLength: 8000 }),
        (chars) => {
          const r = sharedDocument(`#doc=${chars.join('')}`)
          if (r?.ok) expect(r.text.length).toBeLessThan(100_000)
        },
      ),
      { numRuns: 30 },
    )
  })
})
