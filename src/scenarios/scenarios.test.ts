import { describe, expect, it } from 'vitest'
import { runScript } from '../cli'
import { SCENARIOS } from './index'

describe('the examples', () => {
  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s replays without an error', (_id, s) => {
    const { entries } = runScript(s.script)
    expect(entries.filter((e) => e.exitCode !== 0)).toEqual([])
    expect(entries.length).toBeGreaterThan(0)
  })
})
