import { describe, expect, it } from 'vitest'
import { runScript } from './index'

const MACVLAN_HOST = [
  'docker context create vm1 --docker host=tcp://10.0.0.11:2375',
  'docker context use vm1',
  'docker network create -d macvlan --subnet 10.0.0.0/24 --gateway 10.0.0.1 -o parent=eth0 lan',
  'docker run -d --name web --network lan nginx',
]

const last = (...lines: string[]) => runScript(lines.join('\n')).entries.at(-1)

describe('curl reads its options as curl does', () => {
  // curl(1): -m/--max-time and --connect-timeout take seconds; the URL is the word left over.
  it('takes the URL after -m SECONDS, and stops when the limit runs out', () => {
    // The host cannot reach its own macvlan child: nothing answers.
    expect(last(...MACVLAN_HOST, 'curl -s -m 2 http://10.0.0.2')).toMatchObject({
      stderr: 'curl: (28) Connection timed out after 2000 milliseconds\n',
      exitCode: 28,
    })
    expect(last(...MACVLAN_HOST, 'curl --connect-timeout=3 http://10.0.0.2')?.stderr).toBe(
      'curl: (28) Connection timed out after 3000 milliseconds\n',
    )
  })

  it('skips the values of -H and -o', () => {
    const e = last(
      'docker run -d --name web -p 8080:80 nginx',
      'curl -s -H "Host: example" -o /dev/stdout http://localhost:8080',
    )
    expect(e?.stdout).toContain('Welcome to nginx!')
  })
})
