/**
 * The prose the views word the engine's reachability and why data in (engine/prose.ts):
 * English at hand, Chinese loaded the first time the interface shows it in Chinese. Imported
 * by the views that load lazily, not through the store's door, so neither is in the first paint.
 */
import { englishProse, type Prose } from '../engine'

export { englishProse, type Prose }

/** The Chinese prose, loaded once. */
export function loadChineseProse(): Promise<Prose> {
  return import('../engine/prose.zh').then((m) => m.chineseProse)
}
