import { describe, expect, it } from 'vitest'
import { runScript } from './index'

/** The entry of the last command of a script. */
function last(script: string) {
  const e = runScript(script).entries.at(-1)
  if (!e) throw new Error('no command ran')
  return e
}

const WEB = 'docker run -d --name web nginx'

// The flags the seeds and Docker's docs give busybox's tools, read as busybox's getopt does.
describe('busybox tools with the flags tutorials use', () => {
  it.each([
    'wget -q -O- -T 2 http://172.17.0.2',
    'wget -qO- -T2 http://172.17.0.2',
    'wget -T 2 -qO - 172.17.0.2',
    'wget --timeout=2 -q -O- http://172.17.0.2',
    'wget --timeout 2 -qO- http://172.17.0.2',
  ])('%s fetches the page', (line) => {
    const e = last(`${WEB}\ndocker run --rm busybox ${line}`)
    expect(e.exitCode).toBe(0)
    expect(e.stdout).toContain('<title>Welcome to nginx!</title>')
  })

  it("wget -T refuses what is not a number, in busybox's words", () => {
    const e = last(`${WEB}\ndocker run --rm busybox wget -T x -qO- http://172.17.0.2`)
    expect(e.stderr).toBe("wget: invalid number 'x'\n")
    expect(e.exitCode).toBe(1)
  })

  it('ping -c 1 -W 1 sends one packet', () => {
    const e = last(`${WEB}\ndocker run --rm busybox ping -c 1 -W 1 172.17.0.2`)
    expect(e.exitCode).toBe(0)
    expect(e.stdout).toContain('1 packets transmitted, 1 packets received, 0% packet loss')
  })

  it('nc -z -w 2 says by its exit status whether the port is open', () => {
    expect(last(`${WEB}\ndocker run --rm busybox nc -z -w 2 172.17.0.2 80`).exitCode).toBe(0)
    expect(last(`${WEB}\ndocker run --rm busybox nc -z -w 2 172.17.0.2 81`).exitCode).toBe(1)
  })
})
