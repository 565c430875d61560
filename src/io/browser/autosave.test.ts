import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  AUTOSAVE_KEY,
  Autosaver,
  RECENT_LIMIT,
  type AutosaveRecord,
  type EmergencySlot,
  type SaveState,
  type TabChannel,
} from './autosave'
import type { Slots } from './slots'

/** IndexedDB as a Map; `failWith` makes the next writes fail as a full disk would. */
function memorySlots() {
  const data = new Map<string, unknown>()
  const box = { failWith: null as Error | null, writes: 0, stalled: false }
  const slots: Slots = {
    get: async (key) => structuredClone(data.get(key)),
    set: async (key, value) => {
      // A write IndexedDB never answers before the page goes.
      if (box.stalled) return new Promise(() => {})
      if (box.failWith) throw box.failWith
      box.writes++
      data.set(key, structuredClone(value))
    },
  }
  return { slots, data, box }
}

/** A BroadcastChannel between the tabs made on it. */
function channelHub() {
  const ears: { end: TabChannel; hear: (m: unknown) => void }[] = []
  return () => {
    const end: TabChannel = {
      post: (m) => ears.filter((e) => e.end !== end).forEach((e) => e.hear(m)),
      listen: (hear) => void ears.push({ end, hear }),
    }
    return end
  }
}

let clock = 1_000
let ids = 0

/** localStorage's one emergency record. */
function memoryEmergency(): EmergencySlot & { value: unknown } {
  const box = {
    value: null as unknown,
    read: () => box.value,
    write: (r: AutosaveRecord) => void (box.value = structuredClone(r)),
    clear: () => void (box.value = null),
  }
  return box
}

function tab(name: string, slots: Slots, channel?: TabChannel, emergency?: EmergencySlot) {
  const states: SaveState[] = []
  const saver = new Autosaver({
    slots,
    tab: name,
    now: () => clock,
    newId: () => `lineage-${++ids}`,
    report: (s) => states.push(s),
    ...(channel ? { channel } : {}),
    ...(emergency ? { emergency } : {}),
  })
  return { saver, states, last: () => states.at(-1) }
}

const diagram = (text: string) => () => ({ text, transcript: [], title: text })
const slot = (data: Map<string, unknown>) => data.get(AUTOSAVE_KEY) as AutosaveRecord | undefined

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('the autosave', () => {
  it('saves a burst of changes once, shortly after the last', async () => {
    const { slots, data, box } = memorySlots()
    const a = tab('A', slots)
    a.saver.changed(diagram('one'))
    a.saver.changed(diagram('two'))
    expect(a.states).toEqual([{ kind: 'pending' }])
    await vi.advanceTimersByTimeAsync(400)
    expect(box.writes).toBe(1)
    expect(slot(data)?.text).toBe('two')
    expect(a.last()?.kind).toBe('saved')
  })

  it('saves at once when flushed (the tab is hidden or closed)', async () => {
    const { slots, data } = memorySlots()
    const a = tab('A', slots)
    a.saver.changed(diagram('mine'))
    await a.saver.flush()
    expect(slot(data)?.text).toBe('mine')
  })

  it('says when a save fails, and saves again at the next change', async () => {
    const { slots, data, box } = memorySlots()
    const a = tab('A', slots)
    box.failWith = Object.assign(new Error('quota'), { name: 'QuotaExceededError' })
    a.saver.changed(diagram('big'))
    await a.saver.flush()
    expect(a.last()).toEqual({ kind: 'failed', reason: { kind: 'storage-full' } })
    box.failWith = null
    a.saver.changed(diagram('smaller'))
    await a.saver.flush()
    expect(a.last()?.kind).toBe('saved')
    expect(slot(data)?.text).toBe('smaller')
  })

  it('says when the diagram cannot be written at all (too deeply nested)', async () => {
    const { slots } = memorySlots()
    const a = tab('A', slots)
    a.saver.changed(() => {
      throw new RangeError('Maximum call stack size exceeded')
    })
    await a.saver.flush()
    expect(a.last()).toEqual({
      kind: 'failed',
      reason: { kind: 'error', detail: 'Maximum call stack size exceeded' },
    })
  })

  it('keeps a replaced diagram in the recent list, newest first, up to the limit', async () => {
    const { slots } = memorySlots()
    const a = tab('A', slots)
    for (let i = 0; i <= RECENT_LIMIT + 1; i++) {
      a.saver.changed(diagram(`diagram ${i}`))
      await a.saver.flush()
      a.saver.changed(diagram(`diagram ${i} edited`))
      await a.saver.flush()
      a.saver.replaced()
    }
    const recent = await a.saver.recent()
    expect(recent).toHaveLength(RECENT_LIMIT)
    expect(recent[0]?.text).toBe(`diagram ${RECENT_LIMIT} edited`)
  })

  it('goes on with the autosaved diagram after a reload: no recent entry for it', async () => {
    const { slots } = memorySlots()
    const first = tab('A', slots)
    first.saver.changed(diagram('mine'))
    await first.saver.flush()
    const reloaded = tab('A2', slots)
    expect((await reloaded.saver.load())?.text).toBe('mine')
    reloaded.saver.changed(diagram('mine, edited'))
    await reloaded.saver.flush()
    expect(await reloaded.saver.recent()).toEqual([])
  })

  it('never saves over a newer save of another tab: it keeps its own version beside it', async () => {
    const { slots, data } = memorySlots()
    const a = tab('A', slots)
    const b = tab('B', slots)
    await a.saver.load()
    await b.saver.load()
    a.saver.changed(diagram('A made two containers'))
    await a.saver.flush()
    clock += 10
    b.saver.changed(diagram('B moved a card'))
    await b.saver.flush()
    expect(slot(data)?.text).toBe('A made two containers')
    expect(b.last()).toEqual({ kind: 'conflict' })
    expect((await b.saver.recent()).map((r) => r.text)).toEqual(['B moved a card'])
    // Chosen: keep B's. A's goes to the recent list first.
    await b.saver.keepThisTab(diagram('B moved a card'))
    expect(slot(data)?.text).toBe('B moved a card')
    expect((await b.saver.recent()).map((r) => r.text)).toContain('A made two containers')
  })

  it("hears another tab's save at once", async () => {
    const { slots } = memorySlots()
    const hub = channelHub()
    const a = tab('A', slots, hub())
    const b = tab('B', slots, hub())
    a.saver.changed(diagram('A'))
    await a.saver.flush()
    expect(b.last()).toEqual({ kind: 'conflict' })
  })

  it('a change made as the tab closes is copied at once, and taken after the reload', async () => {
    const { slots, data } = memorySlots()
    const emergency = memoryEmergency()
    const a = tab('A', slots, undefined, emergency)
    a.saver.changed(diagram('saved'))
    await a.saver.flush()
    clock += 10
    a.saver.changed(diagram('made just before closing'))
    void a.saver.hide()
    // The page is gone before IndexedDB answers: only the synchronous copy was written.
    expect((emergency.value as AutosaveRecord).text).toBe('made just before closing')
    data.set(AUTOSAVE_KEY, { ...slot(data), text: 'saved' })
    const reloaded = tab('A2', slots, undefined, emergency)
    expect((await reloaded.saver.load())?.text).toBe('made just before closing')
    expect(slot(data)?.text).toBe('made just before closing')
    expect(emergency.value).toBeNull()
  })

  it('a change whose save is still on its way to IndexedDB as the tab closes is copied too', async () => {
    const { slots, data, box } = memorySlots()
    const emergency = memoryEmergency()
    const a = tab('A', slots, undefined, emergency)
    a.saver.changed(diagram('saved'))
    await a.saver.flush()
    clock += 10
    // The debounced save has begun, but IndexedDB has not answered when the page goes.
    box.stalled = true
    a.saver.changed(diagram('on its way'))
    void a.saver.flush()
    void a.saver.hide()
    box.stalled = false
    expect((emergency.value as AutosaveRecord | null)?.text).toBe('on its way')
    const reloaded = tab('A2', slots, undefined, emergency)
    expect((await reloaded.saver.load())?.text).toBe('on its way')
    expect(slot(data)?.text).toBe('on its way')
  })

  it("a closing copy made before another tab's save goes to Recent, not over it", async () => {
    const { slots, data } = memorySlots()
    const emergency = memoryEmergency()
    const b = tab('B', slots)
    b.saver.changed(diagram('B saved'))
    await b.saver.flush()
    const bSaved = slot(data)?.savedAt ?? 0
    // A, which had last seen the slot before B's save, closed after it with a change unsaved.
    emergency.write({
      ...diagram('A closing')(),
      lineage: 'A-lineage',
      tab: 'A',
      savedAt: bSaved + 10,
      basedOn: bSaved - 1,
    })
    const reloaded = tab('A2', slots, undefined, emergency)
    expect((await reloaded.saver.load())?.text).toBe('B saved')
    expect((await reloaded.saver.recent()).map((r) => r.text)).toEqual(['A closing'])
    expect(slot(data)?.text).toBe('B saved')
  })
})
