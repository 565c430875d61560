// IPAM.Config in `docker network inspect`, and --ip-range through the CLI.
// Sources: moby v28.2.2 daemon/network.go buildIPAMResources (a --subnet network shows its
// configuration as given; api/types/network/ipam.go marks IPRange and Gateway omitempty);
// the installed docker 28.2.2 client for the refusals it makes before any daemon.
import { describe, expect, it } from 'vitest'
import { runScript } from '../index'

function last(script: string) {
  const e = runScript(script).entries.at(-1)
  if (!e) throw new Error('no command ran')
  return e
}

const RANGE = 'docker network create --subnet 172.28.0.0/16 --ip-range 172.28.5.0/24 r'

describe('IPAM.Config in network inspect', () => {
  it('shows IPRange, and no Gateway for a --subnet network created without --gateway', () => {
    const out = last(`${RANGE}\ndocker network inspect r`).stdout
    const [doc] = JSON.parse(out) as [{ IPAM: { Config: unknown[] } }]
    expect(doc.IPAM.Config).toEqual([{ Subnet: '172.28.0.0/16', IPRange: '172.28.5.0/24' }])
    expect(out).not.toContain('"Gateway"')
  })

  it('gives templates "" for the omitted fields, as the typed struct has them', () => {
    const f = `'{{range .IPAM.Config}}[{{.Gateway}}] [{{.IPRange}}] {{json .}}{{end}}'`
    expect(
      last(`docker network create --subnet 172.29.0.0/16 s\ndocker network inspect -f ${f} s`)
        .stdout,
    ).toBe('[] [] {"Subnet":"172.29.0.0/16"}\n')
  })

  it('shows the gateway the daemon allocated in a pool it chose, and a --gateway as given', () => {
    const f = `'{{json .IPAM.Config}}'`
    expect(last(`docker network create a\ndocker network inspect -f ${f} a`).stdout).toBe(
      '[{"Subnet":"172.18.0.0/16","Gateway":"172.18.0.1"}]\n',
    )
    const gw =
      'docker network create --subnet 10.9.0.0/24 --ip-range 10.9.0.128/25 --gateway 10.9.0.1 g'
    expect(last(`${gw}\ndocker network inspect -f ${f} g`).stdout).toBe(
      '[{"Subnet":"10.9.0.0/24","IPRange":"10.9.0.128/25","Gateway":"10.9.0.1"}]\n',
    )
  })
})

describe('--ip-range through the CLI', () => {
  it('allocates from the range; inspect shows the container there', () => {
    const run = 'docker run -d --name web --network r nginx'
    const f = `'{{.NetworkSettings.Networks.r.IPAddress}} via {{.NetworkSettings.Networks.r.Gateway}}'`
    expect(last(`${RANGE}\n${run}\ndocker inspect -f ${f} web`).stdout).toBe(
      '172.28.5.1 via 172.28.5.0\n',
    )
  })

  it.each([
    ['--ip-range 172.28.5.0/24', 'every ip-range or gateway must have a corresponding subnet'],
    [
      '--subnet 172.28.0.0/16 --ip-range 172.29.5.0/24',
      'no matching subnet for range 172.29.5.0/24',
    ],
    ['--subnet 172.28.0.0/16 --ip-range bogus', 'invalid CIDR address: bogus'],
  ])('the client refuses %s', (flags, message) => {
    expect(last(`docker network create ${flags} n`)).toMatchObject({
      stderr: `${message}\n`,
      exitCode: 1,
    })
  })

  it('the daemon refuses a range with host bits set', () => {
    expect(
      last('docker network create --subnet 172.28.0.0/16 --ip-range 172.28.5.1/24 n'),
    ).toMatchObject({
      stderr:
        'Error response from daemon: invalid network config:\ninvalid ip-range 172.28.5.1/24: it should be 172.28.5.0/24\n',
      exitCode: 1,
    })
  })
})
