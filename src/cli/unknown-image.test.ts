// An image outside Docknet's catalog runs its own CMD, which Docknet cannot read: for an image
// run detached (an app, a compose service) that is a long-running process, so it stays up. A
// shell image started without a terminal still exits, as Docker's does.
import { describe, expect, it } from 'vitest'
import { runScript } from './index'

const states = (script: string) =>
  runScript(`${script}\ndocker ps -a --format '{{.Names}} {{.State}}'`).entries.at(-1)?.stdout

describe('an image Docknet does not know', () => {
  it('stays running with its own command, exits with a shell command', () => {
    expect(
      states(
        [
          'docker run -d --name api ghcr.io/acme/shop-api:2.3',
          'docker run -d --name once ghcr.io/acme/shop-api:2.3 sh',
          'docker run -d --name box busybox',
        ].join('\n'),
      ),
    ).toBe('box exited\nonce exited\napi running\n')
  })
})
