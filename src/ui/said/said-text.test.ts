import { describe, expect, it } from 'vitest'
import type { GestureRefusal, ToastSaid } from '../../store'
import { translator } from '../i18n/catalog'
import { saidMessages } from './messages'
import { zh } from './messages.zh'
import { saidText } from './said-text'

const english = (r: ToastSaid) => saidText(translator(saidMessages.en), r)
const chinese = (r: ToastSaid) => saidText(translator(zh), r)

const moved: GestureRefusal = {
  code: 'move-tied',
  container: 'db',
  toHost: 'vm2',
  ties: [
    { kind: 'linked-by', other: 'web' },
    { kind: 'uses-volumes-of', other: 'store' },
  ],
}
const renamed: GestureRefusal = {
  code: 'rename-blocked',
  what: 'volume',
  ties: [
    { member: 'web', tie: { kind: 'linked-by', other: 'api' } },
    { member: 'reader', tie: { kind: 'joined-by', other: 'side' } },
  ],
}

describe('a gesture’s refusal in words', () => {
  it('says who ties a container to its host, in English', () => {
    expect(english(moved)).toBe(
      'db cannot move to vm2: web links to it, it uses the volumes of store, and links, joins and --volumes-from only work between containers of one host.',
    )
    expect(english(renamed)).toBe(
      'Docker cannot rename a volume: it is made again with its containers, but web: api links to it and reader: side shares its network namespace.',
    )
    expect(english({ code: 'recreate-blocked', container: 'db', ties: moved.ties })).toBe(
      'Docker sets this when a container is created, so db would have to be recreated, but web links to it and it uses the volumes of store.',
    )
  })

  it('and in Chinese, the names and Docker’s words as they are', () => {
    expect(chinese(moved)).toBe(
      'db 不能移到 vm2：web 链接到它，它使用 store 的卷，而链接、共用网络命名空间和 --volumes-from 只在同一主机的容器之间有效。',
    )
    expect(chinese(renamed)).toBe(
      'Docker 不能重命名卷：它会连同其中的容器重新创建，但 web：api 链接到它；reader：side 共用它的网络命名空间。',
    )
    const refusals: GestureRefusal[] = [
      moved,
      renamed,
      { code: 'recreate-blocked', container: 'db', ties: moved.ties },
      { code: 'not-an-ambassador', container: 'plain', image: 'busybox' },
      { code: 'nothing-published', host: 'vm2' },
      { code: 'volume-elsewhere', volume: 'v', volumeHost: 'vm2', containerHost: 'default' },
      { code: 'volume-name-taken', name: 'backup', host: 'default' },
    ]
    for (const r of refusals) {
      const latin = chinese(r).match(/[A-Za-z]{3,}/g) ?? []
      expect(
        latin.filter(
          (w) =>
            !/^(Docker|docker|volume|create|svendowideit|ambassador|busybox|plain|store|web|side|reader|api|backup|default|TCP|volumes|from)$/.test(
              w,
            ),
        ),
      ).toEqual([])
    }
  })

  it('says what a paste did, as before in English, and in Chinese; Docker’s error as it is', () => {
    const refused: ToastSaid = {
      code: 'pasted',
      ran: 2,
      undoable: true,
      refused: { count: 1, command: 'docker run -d --name web httpd', stderr: 'docker: Conflict.' },
      detached: 1,
      leftOut: ['启动mysql：', '3f2a9c1d0e7b'],
    }
    expect(english(refused)).toBe(
      [
        'Ran 2 pasted docker commands; Docker refused one (in the terminal), the first: docker run -d --name web httpd',
        'docker: Conflict.',
        'Undo (Ctrl+Z) takes them back.',
        "One docker run -it was run detached (-d added), so the lines after ran on the host, not in a container's shell.",
        'Left out 2 lines that are no docker command, the first: 启动mysql：',
      ].join('\n'),
    )
    expect(chinese(refused)).toBe(
      [
        '已运行粘贴的 2 条 docker 命令；Docker 拒绝了其中 1 条（见终端），第一条：docker run -d --name web httpd',
        'docker: Conflict.',
        '撤销（Ctrl+Z）可以把它们撤回。',
        '1 条 docker run -it 改为后台运行（加上了 -d），所以其后的各行在主机上运行，而不是在容器的 shell 里。',
        '略过了 2 行不是 docker 命令的内容，第一行：启动mysql：',
      ].join('\n'),
    )
    const ran: ToastSaid = { ...refused, ran: 1, refused: null, detached: 0, leftOut: [] }
    expect(english(ran)).toBe('Ran the pasted docker command. Undo (Ctrl+Z) takes it back.')
    expect(chinese(ran)).toBe('已运行粘贴的 docker 命令。撤销（Ctrl+Z）可以把它撤回。')
    expect(english({ code: 'nothing-pasted' })).toMatch(/^Nothing was pasted: the canvas takes/)
  })

  it('names a change undone or redone: Docker’s commands as typed, what the user did in words', () => {
    expect(english({ code: 'undone', made: { named: 'move' } })).toBe('Undone: move')
    expect(english({ code: 'redone', made: 'docker run -d --name api nginx' })).toBe(
      'Redone: docker run -d --name api nginx',
    )
    expect(english({ code: 'undone', made: { named: 'pasted-commands', count: 3 } })).toBe(
      'Undone: 3 pasted commands',
    )
    expect(chinese({ code: 'undone', made: { named: 'break-it' } })).toBe('已撤销：搞坏它')
    expect(chinese({ code: 'redone', made: 'docker run -d --name api nginx' })).toBe(
      '已重做：docker run -d --name api nginx',
    )
    expect(chinese({ code: 'undone', made: { named: 'example', id: 'icc' } })).toBe(
      '已撤销：示例 icc',
    )
  })

  it('says what opening, importing or sharing did; the reader’s and Docker’s words as written', () => {
    const imported: ToastSaid = {
      code: 'imported',
      file: 'compose.yaml',
      project: 'shop',
      containers: 3,
      notes: 1,
    }
    expect(english(imported)).toBe(
      'Imported compose.yaml as project shop: 3 containers; 1 note in the terminal on what was not simulated. Undo (Ctrl+Z) brings back the diagram you had.',
    )
    expect(chinese(imported)).toBe(
      '已把 compose.yaml 导入为项目 shop：3 个容器；终端里有 1 条说明，讲哪些内容没有模拟。撤销（Ctrl+Z）可以找回原来的图。',
    )
    const repaired: ToastSaid = {
      code: 'opened-repaired',
      from: 'autosave',
      repairs: [
        { code: 'field', where: { kind: 'container', name: 'web' }, key: 'env' },
        { code: 'id-counter' },
      ],
    }
    expect(english(repaired)).toBe(
      'Opened the saved diagram with defaults for what was missing or damaged: container web: env; the id counter.',
    )
    expect(chinese(repaired)).toBe(
      '已打开保存的图，缺失或损坏的部分用了默认值：容器 web：env；ID 计数器。',
    )
    const refused: ToastSaid = { code: 'cannot-open', from: 'file', problem: { code: 'not-json' } }
    expect(english(refused)).toBe('Cannot open this file: This file is not JSON.')
    expect(chinese(refused)).toBe('无法打开这个文件：这个文件不是 JSON。')
    expect(english({ code: 'example-over', id: 'icc' })).toBe(
      'Opened the example "docker0 with --icc=false". Undo (Ctrl+Z) brings back the diagram you had.',
    )
    expect(chinese({ code: 'example-over', id: 'icc' })).toBe(
      '已打开示例“--icc=false 的 docker0”。撤销（Ctrl+Z）可以找回原来的图。',
    )
    expect(chinese({ code: 'no-example', id: 'nosuch' })).toBe('没有名为“nosuch”的示例。')
  })
})
