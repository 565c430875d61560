// The pure layers must load without React, React Flow or zustand, and without touching the
// DOM (the test environment is node, which has none). After zustand's tests/vanilla/basic.test.ts.
import { describe, expect, it, vi } from 'vitest'

vi.mock('react', () => {
  throw new Error('the engine and the CLI must not import react')
})
vi.mock('@xyflow/react', () => {
  throw new Error('the engine and the CLI must not import @xyflow/react')
})
vi.mock('zustand', () => {
  throw new Error('the engine and the CLI must not import zustand')
})

describe('the pure layers', () => {
  it('load and run with React, React Flow and zustand unavailable', async () => {
    const cli = await import('../cli')
    const { entries } = cli.runScript('docker run --rm busybox hostname')
    expect(entries[0]?.exitCode).toBe(0)
    const engine = await import('./index')
    expect(engine.createTopology().hosts.has('default')).toBe(true)
  })
})
