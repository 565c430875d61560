/**
 * The autosave, which must never lose a diagram:
 * - each change is saved shortly after it is made, and at once when the tab is hidden or closed;
 * - a save that fails says so (the view offers the file instead), and the next change tries again;
 * - a diagram replaced by another (New, Open, an example, a generated world) is not thrown
 *   away: the first save of the new one moves it into a short list of recent diagrams;
 * - two tabs: a tab never saves over what another tab saved after it last looked; it keeps its
 *   own version in the recent list and says so.
 * Storage, clock, ids and the channel between tabs are given (slots.ts in the browser, fakes in
 * tests).
 */
import type { Slots } from './slots'

/** What the app hands over to save. */
export interface SavedDiagram {
  /** The document (JSON). */
  readonly text: string
  /** The terminal's transcript: the terminal's history comes back with the diagram. */
  readonly transcript: readonly unknown[]
  /** What it is, in English: what Docknets before `about` show in the recent list. */
  readonly title: string
  /** What it is, as data the recent list words in the interface's language. */
  readonly about?: DiagramAbout
}

/** An example (by its id), or a diagram of so many containers, networks and hosts. */
export type DiagramAbout =
  | { readonly kind: 'example'; readonly id: string }
  | {
      readonly kind: 'counts'
      readonly containers: number
      readonly networks: number
      readonly hosts: number
    }

export interface AutosaveRecord extends SavedDiagram {
  /** One diagram's saves share it; a diagram that replaces another gets a new one. */
  readonly lineage: string
  /** The tab that saved it. */
  readonly tab: string
  /** When it was saved (ms since the epoch). */
  readonly savedAt: number
  /** The save time of the autosave this tab had read or written before it (emergency copies). */
  readonly basedOn?: number
}

/**
 * A synchronous store for the one record written while the tab closes (localStorage in the
 * browser): IndexedDB's writes are asynchronous and do not outlive the page.
 */
export interface EmergencySlot {
  read(): unknown
  write(record: AutosaveRecord): void
  clear(): void
}

export type SaveState =
  | { readonly kind: 'saved'; readonly at: number }
  | { readonly kind: 'pending' }
  | { readonly kind: 'failed'; readonly reason: SaveFailure }
  /** Another tab saved after this one last looked: this tab does not save over it. */
  | { readonly kind: 'conflict' }

/**
 * Why a save failed, as data the view words: the site's storage is full (the usual cause), the
 * storage cannot be read, or another error, with the browser's own message.
 */
export type SaveFailure =
  | { readonly kind: 'storage-full' }
  | { readonly kind: 'unreadable'; readonly detail: string }
  | { readonly kind: 'error'; readonly detail: string }

/** The channel on which tabs say they saved (BroadcastChannel in the browser). */
export interface TabChannel {
  post(message: unknown): void
  listen(hear: (message: unknown) => void): void
}

export interface AutosaveDeps {
  readonly slots: Slots
  readonly tab: string
  now(): number
  newId(): string
  /** Told every change of the save state, for the view to show. */
  report(state: SaveState): void
  readonly channel?: TabChannel
  readonly emergency?: EmergencySlot
  /** How long after a change the save waits for the next one (ms). */
  readonly delay?: number
}

export const AUTOSAVE_KEY = 'autosave'
export const RECENT_KEY = 'recent'
/** How many replaced diagrams the recent list keeps. */
export const RECENT_LIMIT = 10

const isRecord = (v: unknown): v is AutosaveRecord =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as AutosaveRecord).text === 'string' &&
  typeof (v as AutosaveRecord).lineage === 'string' &&
  typeof (v as AutosaveRecord).tab === 'string' &&
  typeof (v as AutosaveRecord).savedAt === 'number'

/** The browser's own message for `e`. */
export const detailOf = (e: unknown): string => (e instanceof Error ? e.message : String(e))

/** Why a save failed (the storage quota is the usual cause). */
function reasonOf(e: unknown): SaveFailure {
  if (e instanceof Error && e.name === 'QuotaExceededError') return { kind: 'storage-full' }
  return { kind: 'error', detail: detailOf(e) }
}

export class Autosaver {
  private lineage: string
  /** The save time of the autosave this tab last read or wrote. */
  private known = 0
  private take: (() => SavedDiagram | null) | null = null
  /** The change a save has taken but IndexedDB has not yet stored. */
  private saving: (() => SavedDiagram | null) | null = null
  private timer: ReturnType<typeof setTimeout> | undefined
  private writing: Promise<void> = Promise.resolve()
  private state: SaveState = { kind: 'saved', at: 0 }

  constructor(private readonly deps: AutosaveDeps) {
    this.lineage = deps.newId()
    deps.channel?.listen((m) => this.heard(m))
  }

  /**
   * The autosaved diagram, if any; this tab goes on with it (its saves continue it). A copy
   * written as the last tab closed is taken when it is newer and continues what was saved.
   */
  async load(): Promise<AutosaveRecord | null> {
    const slot = await this.takeEmergency(await this.readSlot())
    if (slot) {
      this.lineage = slot.lineage
      this.known = slot.savedAt
    }
    return slot
  }

  /** Another diagram replaced the one shown: it is saved as a diagram of its own. */
  replaced(): void {
    this.lineage = this.deps.newId()
  }

  /** The diagram changed: it is saved shortly; `take` builds it then (null: nothing to save). */
  changed(take: () => SavedDiagram | null): void {
    this.take = take
    // Said once for a burst of changes: each saying is a store update in the app.
    if (this.state.kind !== 'conflict' && this.state.kind !== 'pending')
      this.setState({ kind: 'pending' })
    clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.flush(), this.deps.delay ?? 300)
  }

  /**
   * The tab is being hidden or closed: a pending change is copied at once into the emergency
   * slot (synchronously, so it outlives the page), then saved as usual if the page lives on.
   */
  hide(): Promise<void> {
    // A save on its way to IndexedDB may not land before the page goes: copy that one too.
    const take = this.take ?? this.saving
    if (take && this.deps.emergency) {
      try {
        const diagram = take()
        if (diagram) this.deps.emergency.write({ ...this.stamp(diagram, 0), basedOn: this.known })
      } catch {
        // Too large for the synchronous slot: the asynchronous save below still runs.
      }
    }
    return this.flush()
  }

  /** Saves a pending change now. */
  flush(): Promise<void> {
    clearTimeout(this.timer)
    const take = this.take
    this.take = null
    if (take) {
      this.saving = take
      this.writing = this.writing
        .then(() => this.write(take))
        .finally(() => {
          if (this.saving === take) this.saving = null
        })
    }
    return this.writing
  }

  /**
   * After a conflict, this tab's diagram is saved over the other tab's, which first goes to
   * the recent list.
   */
  async keepThisTab(take: () => SavedDiagram | null): Promise<void> {
    const slot = await this.readSlot()
    if (slot) await this.keepRecent(slot)
    this.known = slot?.savedAt ?? 0
    this.setState({ kind: 'pending' })
    this.take = take
    await this.flush()
  }

  /** The replaced diagrams, newest first. */
  async recent(): Promise<AutosaveRecord[]> {
    const list = await this.deps.slots.get(RECENT_KEY)
    return Array.isArray(list) ? list.filter(isRecord) : []
  }

  private async write(take: () => SavedDiagram | null): Promise<void> {
    try {
      const diagram = take()
      if (!diagram) return
      const slot = await this.readSlot()
      const record = this.stamp(diagram, slot?.savedAt ?? 0)
      if (this.state.kind === 'conflict' || (slot && this.savedElsewhere(slot))) {
        // Never over a newer save from another tab: this tab's version is kept beside it.
        await this.keepRecent(record)
        this.setState({ kind: 'conflict' })
        return
      }
      if (slot && slot.lineage !== this.lineage) await this.keepRecent(slot)
      await this.deps.slots.set(AUTOSAVE_KEY, record)
      this.known = record.savedAt
      this.deps.emergency?.clear()
      this.deps.channel?.post({ tab: this.deps.tab, savedAt: record.savedAt })
      this.setState({ kind: 'saved', at: record.savedAt })
    } catch (e) {
      this.setState({ kind: 'failed', reason: reasonOf(e) })
    }
  }

  private stamp(diagram: SavedDiagram, after: number): AutosaveRecord {
    const savedAt = Math.max(this.deps.now(), after + 1)
    return { ...diagram, lineage: this.lineage, tab: this.deps.tab, savedAt }
  }

  /**
   * The record to go on with: the emergency copy when it is newer than the slot and was made
   * over it (then it is saved into the slot); else the slot, the copy kept under Recent.
   */
  private async takeEmergency(slot: AutosaveRecord | null): Promise<AutosaveRecord | null> {
    const copy = this.deps.emergency?.read()
    if (!isRecord(copy) || (slot && copy.savedAt <= slot.savedAt)) {
      this.deps.emergency?.clear()
      return slot
    }
    const over = !slot || slot.savedAt <= (copy.basedOn ?? 0)
    if (over) {
      if (slot && slot.lineage !== copy.lineage) await this.keepRecent(slot)
      await this.deps.slots.set(AUTOSAVE_KEY, copy)
    } else await this.keepRecent(copy)
    this.deps.emergency?.clear()
    return over ? copy : slot
  }

  private savedElsewhere(slot: AutosaveRecord): boolean {
    return slot.tab !== this.deps.tab && slot.savedAt > this.known
  }

  /** Another tab saved: this one is told at once, not at its next save. */
  private heard(message: unknown): void {
    const m = message as { tab?: unknown; savedAt?: unknown } | null
    if (typeof m?.savedAt !== 'number' || m.tab === this.deps.tab) return
    if (m.savedAt > this.known) this.setState({ kind: 'conflict' })
  }

  private async keepRecent(record: AutosaveRecord): Promise<void> {
    const list = (await this.recent()).filter(
      (r) => !(r.lineage === record.lineage && r.tab === record.tab),
    )
    await this.deps.slots.set(RECENT_KEY, [record, ...list].slice(0, RECENT_LIMIT))
  }

  private async readSlot(): Promise<AutosaveRecord | null> {
    const slot = await this.deps.slots.get(AUTOSAVE_KEY)
    return isRecord(slot) ? slot : null
  }

  private setState(state: SaveState): void {
    this.state = state
    this.deps.report(state)
  }
}
