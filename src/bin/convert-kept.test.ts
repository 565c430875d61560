// `docknet convert` keeps what a compose file says that Docknet does not simulate: through a
// Docknet document and back to compose (io/compose/kept.ts).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { convert } from './convert'

const io = { readStdin: async () => '', out: () => {}, err: () => {} }

describe('docknet convert with compose keys it does not simulate', () => {
  it('writes them back after a trip through a Docknet document', async () => {
    const d = mkdtempSync(join(tmpdir(), 'docknet-kept-'))
    writeFileSync(
      join(d, 'compose.yaml'),
      'services:\n  web:\n    image: nginx\n    logging:\n      driver: syslog\nx-team: docs\n',
    )
    expect(await convert([join(d, 'compose.yaml'), join(d, 'shop.json')], io)).toBe(0)
    expect(await convert([join(d, 'shop.json'), join(d, 'again.yaml')], io)).toBe(0)
    const again = readFileSync(join(d, 'again.yaml'), 'utf8')
    expect(again).toMatch(/logging:\n\s+driver: syslog/)
    expect(again).toContain('x-team: docs')
  })
})
