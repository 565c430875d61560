// The inspector's header for a container says Docker's state word in English, and in Chinese
// the words the cards' state dots say (Docker's literal `Up` kept).
import { describe, expect, it } from 'vitest'
import type { Container } from '../../engine'
import { inspectorMessages } from './messages'

const STATES: { readonly [S in Container['state']]: string } = {
  running: '运行中 (Up)',
  created: '已创建，未启动',
  exited: '已退出（停止）',
}

describe('a container’s summary in the inspector', () => {
  for (const [state, zhWord] of Object.entries(STATES) as [Container['state'], string][])
    it(`says ${state} in either language`, async () => {
      const p = { image: 'busybox', state, host: 'default' }
      expect(inspectorMessages.en.containerSummary(p)).toBe(`busybox · ${state} · host default`)
      const zh = await inspectorMessages.zh()
      expect(zh.containerSummary(p)).toBe(`busybox · ${zhWord} · 主机 default`)
    })
})
