import { describe, expect, it } from 'vitest'
import type { GestureRefusal } from '../../store'
import { translator } from '../i18n/catalog'
import { refusalMessages } from './messages'
import { zh } from './messages.zh'
import { refusalText } from './refusal-text'

const english = (r: GestureRefusal) => refusalText(translator(refusalMessages.en), r)
const chinese = (r: GestureRefusal) => refusalText(translator(zh), r)

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
})
