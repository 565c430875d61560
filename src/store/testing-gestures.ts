/**
 * Test helpers for canvas gestures: a world from docker lines, and a gesture's lines run on it.
 * Imported only by *.test.ts files.
 */
import { expect } from 'vitest'
import { execute, runScript, type ShellState } from '../cli/index'
import type { Container } from '../engine'
import type { EdgeGesture } from './edge-gestures'

type Gesture = EdgeGesture | null

export const world = (...lines: string[]): ShellState => runScript(lines.join('\n')).state

export const containerNamed = (s: ShellState, name: string) =>
  [...s.topology.containers.values()].find((c) => c.name === name) as Container

/** Runs the gesture's lines on `s`; it must not be refused, and Docker must accept every line. */
export function applied(s: ShellState, g: Gesture): ShellState {
  if (!g?.ok) throw new Error(`refused: ${g ? JSON.stringify(g.refusal) : 'no gesture'}`)
  return g.lines.reduce((state, line) => {
    const r = execute(state, line)
    expect(r.output.stderr, line).toBe('')
    return r.state
  }, s)
}
