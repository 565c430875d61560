import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { sha256Hex } from './sha256'

describe('sha256Hex', () => {
  it('names the docker CLI context folder for "nosuch" as the real client does', () => {
    // From `docker --context nosuch ps` with the real CLI 28.2.2 (oracle-notes.md).
    expect(sha256Hex('nosuch')).toBe(
      '9e62f93eb7d2499903ac66232f187c56fc050eb74c765f90eb214360b21f0e96',
    )
  })

  it('agrees with Node crypto on empty, multi-block and non-ASCII input', () => {
    for (const s of ['', 'a'.repeat(55), 'b'.repeat(56), 'c'.repeat(200), 'vm-两台主机']) {
      expect(sha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'))
    }
  })
})
