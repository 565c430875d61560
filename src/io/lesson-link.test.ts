// A lesson's share link carries its file, read back as the file would be.
import { describe, expect, it } from 'vitest'
import { fromLessonValue } from './lesson'
import { LESSON_LINK_PREFIX, lessonFromLink, lessonLink } from './lesson-link'
import { MAX_FRAGMENT, SHARE_LINK_LIMIT } from './share'

const BASE = 'https://docknet.example/app/'
const fragmentOf = (url: string) => url.slice(url.indexOf('#'))

const LESSON = {
  format: 'docknet-lesson',
  version: 1,
  id: 'ping-by-name',
  title: { en: 'Ping by name' },
  explanation: { en: 'Containers on one user-defined network find each other by name.' },
  start: 'docker run -dit --name front busybox\ndocker run -dit --name back busybox',
  steps: [
    {
      kind: 'goal',
      text: { en: 'Make front ping back by its name.', zh: '让 front 按名字 ping 通 back。' },
      goals: [{ kind: 'reaches', by: 'name', from: 'front', to: 'back' }],
      hint: { en: 'The default bridge has no DNS.' },
      solution:
        'docker network create n\ndocker network connect n front\ndocker network connect n back',
    },
  ],
}

describe("a lesson's share link", () => {
  it('opens the lesson it was made from, as its file reads', () => {
    const link = lessonLink(BASE, JSON.stringify(LESSON))
    if (!link.ok) throw new Error('no link')
    expect(link.url.startsWith(`${BASE}${LESSON_LINK_PREFIX}`)).toBe(true)
    expect(link.long).toBe(link.url.length > SHARE_LINK_LIMIT)
    expect(lessonFromLink(fragmentOf(link.url))).toEqual(fromLessonValue(LESSON))
  })

  it('survives a tool that percent-encodes it on the way', () => {
    const link = lessonLink(BASE, JSON.stringify(LESSON))
    if (!link.ok) throw new Error('no link')
    const encoded = fragmentOf(link.url).replace(/[+$]/g, (c) => encodeURIComponent(c))
    expect(lessonFromLink(encoded)).toMatchObject({ ok: true, value: { id: 'ping-by-name' } })
  })

  it('a damaged or overlong link says so with a code; another fragment is no lesson link', () => {
    expect(lessonFromLink('#lesson=%%%')).toEqual({
      ok: false,
      errors: [{ code: 'DAMAGED_LINK', path: '' }],
    })
    expect(lessonFromLink(`#lesson=${'A'.repeat(MAX_FRAGMENT + 1)}`)).toEqual({
      ok: false,
      errors: [{ code: 'LINK_TOO_LONG', path: '' }],
    })
    expect(lessonFromLink('#doc=abc')).toBeNull()
    expect(lessonFromLink('')).toBeNull()
  })

  it('a link to text that is no lesson gives the file reader’s errors', () => {
    const link = lessonLink(BASE, '{"format":"docknet"}')
    if (!link.ok) throw new Error('no link')
    expect(lessonFromLink(fragmentOf(link.url))).toMatchObject({
      ok: false,
      errors: [{ code: 'NOT_A_LESSON' }],
    })
  })

  it('is not made past what Docknet reads back', () => {
    // Text that does not compress: the link grows with it.
    const noise = Array.from({ length: 12000 }, (_, i) =>
      String.fromCharCode(0x4e00 + ((i * 7919) % 20000)),
    ).join('')
    const link = lessonLink(BASE, noise)
    expect(link.ok).toBe(false)
    expect(!link.ok && link.length).toBeGreaterThan(MAX_FRAGMENT)
  })
})
