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

describe('what a container runs', () => {
  const last = (script: string) => runScript(script).entries.at(-1)

  it('is --entrypoint with the arguments after the image (the image CMD dropped)', () => {
    expect(last('docker run --rm --entrypoint echo alpine hello there')?.stdout).toBe(
      'hello there\n',
    )
    expect(states('docker run -d --name nap --entrypoint sleep alpine 600')).toBe('nap running\n')
  })

  it('may be any program of an image outside the catalog, which prints what Docknet cannot know', () => {
    const r = last('docker run --name u1 acme/thing:1 uname -m')
    expect([r?.exitCode, r?.stdout, r?.stderr]).toEqual([0, '', ''])
  })

  it('may be busybox itself in its images, but not a program a catalog image lacks', () => {
    expect(last('docker run -d --name web busybox busybox httpd -f -p 8000')?.exitCode).toBe(0)
    const missing = last('docker run --name xx alpine nosuchcmd')
    expect(missing?.exitCode).toBe(127)
    expect(missing?.stderr).toContain('exec: "nosuchcmd": executable file not found in $PATH')
  })
})
