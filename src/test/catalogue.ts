/**
 * Checks for an error catalogue (`{ code, params }` rendered by one function): every code
 * renders, and no two codes render the same text for the same params. Imported by tests only.
 */
import { expect } from 'vitest'

/**
 * Params whose every field reads as a placeholder `‹field›`: a text field prints as one, a
 * wrapped client error (`reason`) has it as its message and a list (`values`) joins to it. The
 * fields `given` are taken as they are: a wrapped engine error, which its catalogue words
 * itself, must be a real one. Rendering every code with them shows each message's shape
 * without writing a sample per code.
 */
export function placeholders<P>(given: Readonly<Record<string, unknown>> = {}): P {
  const field = (key: string) =>
    Object.assign(new String(`‹${key}›`), { message: `‹${key}›`, join: () => `‹${key}›` })
  return new Proxy({}, { get: (_t, key) => given[String(key)] ?? field(String(key)) }) as P
}

/** Each code's text with placeholder params, but for the fields `given` (see placeholders). */
export function renderAll<C extends string>(
  codes: readonly C[],
  render: (code: C, params: never) => string,
  given: Readonly<Record<string, unknown>> = {},
): [C, string][] {
  return codes.map((code) => [code, render(code, placeholders<never>(given))])
}

/** A rendered text has content and no field printed as `undefined` or `[object ...]`. */
export function expectRendered(text: string): void {
  expect(text.trim()).not.toBe('')
  // Docker's own link refusals end in "undefined behavior"; no field may print as undefined.
  expect(text.replace('undefined behavior', '')).not.toMatch(/undefined|\[object/)
}

/** The groups of codes that render the same text: none, in a catalogue of one code per message. */
export function sharedTexts<C extends string>(texts: readonly [C, string][]): C[][] {
  const byText = new Map<string, C[]>()
  for (const [code, text] of texts) byText.set(text, [...(byText.get(text) ?? []), code])
  return [...byText.values()].filter((codes) => codes.length > 1)
}
