import { describe, expect, it } from 'vitest'
import * as cli from '../cli/index'
import { detachedRun, pastedKind } from './paste-text'
import { createDocknetStore } from './store'

const newStore = () => createDocknetStore(undefined, { cli })

const names = (store: ReturnType<typeof newStore>) =>
  [...store.getState().shell.topology.containers.values()].map((c) => c.name)

// A block as a teacher copies it from the seed notes: prompts, sudo, a comment, a continuation.
const SEED_BLOCK = [
  '[root@localhost ~]# docker run -d --name mysql mysql',
  '# the ambassador publishes it',
  '$ sudo docker run -d --link mysql:mysql --name ambassador1 \\',
  '    -p 3306:3306 ambassador',
  '',
  'root@host:/# docker run -d --name wordpress --link ambassador1:mysql wordpress',
].join('\n')

const COMPOSE = 'name: shop\nservices:\n  web:\n    image: nginx\n'

describe('what pasted text is', () => {
  it('is docker commands when every line, prompts and comments aside, runs docker', () => {
    expect(pastedKind(SEED_BLOCK, cli.splitScript)).toBe('docker')
    expect(pastedKind('dockerd --icc=false\ndocker run -d --name web nginx', cli.splitScript)).toBe(
      'docker',
    )
  })

  it('is a compose file when it names services at the top level', () => {
    expect(pastedKind(COMPOSE, cli.splitScript)).toBe('compose')
  })

  it("is docker commands with a tutorial's output among them (left out when it runs)", () => {
    const withOutput = '$ docker ps\nCONTAINER ID   IMAGE   COMMAND'
    expect(pastedKind(withOutput, cli.splitScript)).toBe('docker')
  })

  it('is something else with no docker command at all', () => {
    expect(pastedKind('Docker links containers by name.', cli.splitScript)).toBe('other')
    expect(pastedKind('dockerfile-lint Dockerfile', cli.splitScript)).toBe('other')
    // A `#` line is a comment, as in the terminal and docknet shell: nothing would run.
    expect(pastedKind('# docker run -d --name web nginx\n\n', cli.splitScript)).toBe('other')
    expect(pastedKind('', cli.splitScript)).toBe('other')
  })
})

describe('docker commands pasted on the canvas', () => {
  it('run as the terminal runs a pasted block: every container made, one undo step', async () => {
    const store = newStore()
    store.getState().runCommand('docker run -d --name mine nginx')
    expect(await store.getState().pasteText(SEED_BLOCK)).toBe(true)
    expect(names(store)).toEqual(['mine', 'mysql', 'ambassador1', 'wordpress'])
    expect(store.getState().transcript.map((e) => e.command)).toEqual([
      'docker run -d --name mine nginx',
      'docker run -d --name mysql mysql',
      'sudo docker run -d --link mysql:mysql --name ambassador1     -p 3306:3306 ambassador',
      'docker run -d --name wordpress --link ambassador1:mysql wordpress',
    ])
    expect(store.getState().toast).toEqual({
      kind: 'info',
      said: { code: 'pasted', ran: 3, undoable: true, refused: null, detached: 0, leftOut: [] },
    })
    expect(store.getState().past).toHaveLength(2)
    store.getState().undo()
    expect(names(store)).toEqual(['mine'])
  })

  it('show what Docker refused in the transcript and a toast; the rest is made', async () => {
    const store = newStore()
    const pasted = 'docker run -d --name web nginx\ndocker run -d --name web httpd'
    expect(await store.getState().pasteText(pasted)).toBe(true)
    expect(names(store)).toEqual(['web'])
    const refusal = store.getState().transcript[1]
    expect(refusal?.exitCode).toBe(125)
    expect(refusal?.stderr).toContain('Conflict. The container name "/web" is already in use')
    const toast = store.getState().toast
    expect(toast?.kind).toBe('error')
    expect(toast?.said).toMatchObject({
      code: 'pasted',
      ran: 2,
      undoable: true,
      refused: { count: 1, command: 'docker run -d --name web httpd' },
    })
    const said = toast?.said?.code === 'pasted' ? toast.said : null
    expect(said?.refused?.stderr).toMatch(/^docker: Error response from daemon: Conflict\./)
    expect(store.getState().past).toHaveLength(1)
  })

  it('that change nothing make no undo step and offer none', async () => {
    const store = newStore()
    expect(await store.getState().pasteText('$ docker ps -q')).toBe(true)
    expect(store.getState().past).toHaveLength(0)
    expect(store.getState().toast?.said).toMatchObject({ ran: 1, undoable: false, refused: null })
  })
})

describe('other text pasted on the canvas', () => {
  it('changes nothing and says what can be pasted', async () => {
    const store = newStore()
    store.getState().runCommand('docker run -d --name web nginx')
    const before = store.getState()
    expect(await store.getState().pasteText('Docker links containers by name.\n$ ls -la')).toBe(
      false,
    )
    const after = store.getState()
    expect(after.shell).toBe(before.shell)
    expect(after.past).toBe(before.past)
    expect(after.transcript).toBe(before.transcript)
    expect(after.toast).toEqual({ kind: 'info', said: { code: 'nothing-pasted' } })
  })

  it('a compose file is imported, as if opened', async () => {
    const store = newStore()
    expect(await store.getState().pasteText(COMPOSE)).toBe(true)
    expect(names(store)).toEqual(['shop-web-1'])
    expect(store.getState().toast?.said).toMatchObject({
      code: 'imported',
      file: 'pasted compose.yaml',
      project: 'shop',
    })
  })
})

describe("a tutorial's docker run -it pasted on the canvas", () => {
  it('runs detached, so the next line runs on the host and each container is drawn', async () => {
    const store = newStore()
    const block = [
      '[root@CentOS ~]# docker run -it --name centos-1 centos',
      '[root@CentOS ~]# docker run -it --name centos-2 --link centos-1 centos',
    ].join('\n')
    expect(await store.getState().pasteText(block)).toBe(true)
    expect(names(store)).toEqual(['centos-1', 'centos-2'])
    expect(store.getState().transcript.map((e) => e.command)).toEqual([
      'docker run -d -it --name centos-1 centos',
      'docker run -d -it --name centos-2 --link centos-1 centos',
    ])
    expect(store.getState().toast?.said).toMatchObject({ detached: 2, leftOut: [] })
  })

  it('leaves every other line as written', () => {
    for (const line of [
      'docker run -d -it --name a centos',
      'docker run -dit centos',
      'docker run --detach -t centos',
      'docker exec -it web sh',
      'docker run --name a nginx',
    ])
      expect(detachedRun(line)).toBe(line)
    expect(detachedRun('sudo docker container run -ti centos bash')).toBe(
      'sudo docker container run -d -ti centos bash',
    )
  })
})

describe('a tutorial block with output and headings among its commands', () => {
  it('runs the docker commands and says which lines it left out', async () => {
    const store = newStore()
    const block = ['启动mysql：', '$ docker run -d --name mysql mysql', '3f2a9c1d0e7b', ''].join(
      '\n',
    )
    expect(await store.getState().pasteText(block)).toBe(true)
    expect(names(store)).toEqual(['mysql'])
    expect(store.getState().toast?.said).toMatchObject({ leftOut: ['启动mysql：', '3f2a9c1d0e7b'] })
  })
})
