import { describe, expect, it } from 'vitest'
import * as cli from '../cli/index'
import { createDocknetStore } from './store'

const newStore = () => createDocknetStore(undefined, { cli })

const names = (store: ReturnType<typeof newStore>) =>
  [...store.getState().shell.topology.containers.values()].map((c) => c.name)

// A block as a teacher copies it from the seed notes: prompts, a comment, a continuation.
const PASTED = [
  '[root@localhost ~]# docker run -d --name db busybox sleep 3600',
  '# the web tier links to it',
  '$ docker run -itd --name web \\',
  '    --link db:mysql busybox',
  'root@host:/# docker ps --format "{{.Names}}"',
].join('\n')

describe('text typed or pasted into the terminal', () => {
  it('runs line by line, prompts ignored, as one undo step', async () => {
    const store = newStore()
    store.getState().runCommand(PASTED)
    expect(names(store)).toEqual(['db', 'web'])
    const commands = store.getState().transcript.map((t) => t.command)
    expect(commands).toEqual([
      'docker run -d --name db busybox sleep 3600',
      'docker run -itd --name web     --link db:mysql busybox',
      'docker ps --format "{{.Names}}"',
    ])
    expect(store.getState().transcript.at(-1)?.stdout).toBe('web\ndb\n')
    expect(store.getState().past).toHaveLength(1)
    expect(store.getState().made).toEqual({ named: 'pasted-commands', count: 3 })
    store.getState().undo()
    expect(names(store)).toEqual([])
  })

  it('ignores a leading prompt on one typed line, as docknet shell does', () => {
    const store = newStore()
    store.getState().runCommand('[root@localhost ~]# docker run -d --name web nginx')
    expect(store.getState().transcript[0]?.stderr).toBe('')
    expect(names(store)).toEqual(['web'])
    expect(store.getState().made).toBe('docker run -d --name web nginx')
  })

  it('shows a typed comment without running anything', () => {
    const store = newStore()
    store.getState().runCommand('# just a note')
    expect(store.getState().transcript.map((t) => t.command)).toEqual(['# just a note'])
    expect(store.getState().past).toHaveLength(0)
  })
})
