/**
 * Reading one field of a record from an untrusted document (after excalidraw's restore
 * functions): a value of the right type is kept; a missing or damaged one gets a default and a
 * note that says so, so a repaired document is never opened silently. A record that cannot be
 * restored throws `Unrestorable`, which the document reader turns into a refusal.
 */

import type { Damage, RecordPart, Repair, Where } from './read-problem'

/** Thrown while restoring: the document is refused for this damage. */
export class Unrestorable extends Error {
  constructor(readonly damage: Damage) {
    super(damage.code)
  }
}

/** What was defaulted while restoring, as data, once each (by `repairKey`). */
export interface Notes {
  readonly repairs: Map<string, Repair>
}

/** One key per repair, so a field damaged in many items is noted once. */
export const repairKey = (r: Repair): string => JSON.stringify(r)

export function addRepair(notes: Notes, r: Repair): void {
  const key = repairKey(r)
  if (!notes.repairs.has(key)) notes.repairs.set(key, r)
}

export type Raw = Record<string, unknown>

export const isObject = (v: unknown): v is Raw =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
export const isString = (v: unknown): v is string => typeof v === 'string'
export const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean'
export const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
export const isStringOrNull = (v: unknown): v is string | null => v === null || isString(v)
export const isOneOf =
  <T extends string>(...values: readonly T[]) =>
  (v: unknown): v is T =>
    values.includes(v as T)
export const isPort = (v: unknown): v is number =>
  isNumber(v) && Number.isInteger(v) && v >= 0 && v <= 65535

/**
 * One record being restored: `where` names it in notes and refusals (a container's name, as
 * data).
 * `silent` lists fields that documents from older versions lack: they default without a note.
 */
export class RecordReader {
  constructor(
    private readonly raw: Raw,
    readonly where: Where,
    private readonly notes: Notes,
    private readonly silent: readonly string[] = [],
  ) {}

  /** A field that must be there and right: without it the record means nothing. */
  need<T>(key: string, ok: (v: unknown) => v is T): T {
    const v = this.raw[key]
    if (!ok(v)) throw new Unrestorable({ code: 'invalid-field', where: this.where, key })
    return v
  }

  /** A field that gets `fallback` (and a note) when missing or of the wrong type. */
  get<T>(key: string, ok: (v: unknown) => v is T, fallback: T): T {
    const v = this.raw[key]
    if (ok(v)) return v
    if (!(v === undefined && this.silent.includes(key))) this.note(key)
    return fallback
  }

  /** A list of strings: other items are dropped, with a note. */
  strings(key: string): string[] {
    return this.list(key, (item) => (isString(item) ? item : null))
  }

  /** A record of string values (labels, options, files): other entries are dropped. */
  stringRecord(key: string): Record<string, string> {
    const v = this.raw[key]
    if (!isObject(v)) {
      if (!(v === undefined && this.silent.includes(key))) this.note(key)
      return {}
    }
    const kept = Object.entries(v).filter((e): e is [string, string] => isString(e[1]))
    if (kept.length !== Object.keys(v).length) this.note(key)
    return Object.fromEntries(kept)
  }

  /**
   * A list whose items `restore` reads; an item it cannot read (null) is dropped, with a note.
   * Unrestorable items throw through.
   */
  list<T>(key: string, restore: (item: unknown, index: number) => T | null): T[] {
    const v = this.raw[key]
    if (!Array.isArray(v)) {
      if (!(v === undefined && this.silent.includes(key))) this.note(key)
      return []
    }
    const out: T[] = []
    v.forEach((item: unknown, i) => {
      const r = restore(item, i)
      if (r === null) this.note(key)
      else out.push(r)
    })
    return out
  }

  /** A nested record (a daemon's options, a mount...), read by its own reader. */
  nested(key: string, part: RecordPart): RecordReader {
    const v = this.raw[key]
    if (!isObject(v)) this.note(key)
    return new RecordReader(isObject(v) ? v : {}, this.within(part), this.notes, [])
  }

  /** A part of this record (its daemon, a mount), for a nested reader. */
  within(part: RecordPart): Where {
    return { kind: this.where.kind, name: this.where.name, in: part }
  }

  note(key: string): void {
    addRepair(this.notes, { code: 'field', where: this.where, key })
  }
}
