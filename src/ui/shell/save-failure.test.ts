// Why a save failed is data (io/browser/autosave.ts), worded by the save status and its toast
// in the interface's language; the browser's own message is quoted as the browser says it.
import { describe, expect, it } from 'vitest'
import type { SaveFailure } from '../../io/browser/autosave'
import { shellMessages } from './messages'

const FAILURES: { readonly [K in SaveFailure['kind']]: Extract<SaveFailure, { kind: K }> } = {
  'storage-full': { kind: 'storage-full' },
  unreadable: { kind: 'unreadable', detail: 'UnknownError: Internal error' },
  error: { kind: 'error', detail: 'Maximum call stack size exceeded' },
}

/** The Chinese phrase each failure says, besides the browser's own message. */
const ZH: { readonly [K in SaveFailure['kind']]: string } = {
  'storage-full': '浏览器为本站提供的存储空间已满',
  unreadable: '无法读取浏览器的存储（UnknownError: Internal error）',
  error: '浏览器报错（Maximum call stack size exceeded）',
}

describe('why a save failed', () => {
  it('says it in English as before', () => {
    const { en } = shellMessages
    expect(en.notSaved({ reason: FAILURES['storage-full'] })).toBe(
      "Not saved: the browser's storage for this site is full.",
    )
    expect(en.notSavedHere({ reason: FAILURES.unreadable })).toBe(
      "Not saved in this browser: the browser's storage cannot be read (UnknownError: Internal error). Save it as a file to keep it.",
    )
    expect(en.notSaved({ reason: FAILURES.error })).toBe(
      'Not saved: Maximum call stack size exceeded.',
    )
  })

  for (const reason of Object.values(FAILURES))
    it(`says ${reason.kind} in Chinese, in the status and in the toast`, async () => {
      const zh = await shellMessages.zh()
      expect(zh.notSaved({ reason })).toBe(`未保存：${ZH[reason.kind]}。`)
      expect(zh.notSavedHere({ reason })).toContain(`没有保存在这个浏览器里：${ZH[reason.kind]}。`)
    })
})
