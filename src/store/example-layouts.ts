/**
 * The examples' tidy layouts, computed (in Node, by scripts/example-layouts.ts, and by the test
 * that checks src/scenarios/layouts.json is up to date) with the simulated CLI and elkjs.
 */
import * as cli from '../cli/index'
import { SCENARIOS } from '../scenarios'
import { createDocknetStore } from './store'
import type { XY } from './flow-mapping'

export async function exampleLayouts(): Promise<Record<string, Record<string, XY>>> {
  const out: Record<string, Record<string, XY>> = {}
  for (const s of SCENARIOS) {
    const store = createDocknetStore(undefined, { cli })
    store.getState().loadScript(s.script)
    await store.getState().tidy()
    const positions = store.getState().positions
    out[s.id] = Object.fromEntries(
      Object.keys(positions)
        .sort()
        .map((k) => [k, positions[k]!]),
    )
  }
  return out
}
