// A container's NetworkSettings.Networks entries in `docker inspect`: every field of Moby
// v28.2.2's api/types/network/endpoint.go EndpointSettings, in its declaration order (the JSON
// encoder writes struct fields in that order), GwPriority as --gw-priority set it.
import { describe, expect, it } from 'vitest'
import { runScript } from '../index'

const FIELDS = [
  'IPAMConfig',
  'Links',
  'Aliases',
  'MacAddress',
  'DriverOpts',
  'GwPriority',
  'NetworkID',
  'EndpointID',
  'Gateway',
  'IPAddress',
  'IPPrefixLen',
  'IPv6Gateway',
  'GlobalIPv6Address',
  'GlobalIPv6PrefixLen',
  'DNSNames',
]

function networks(script: string): Record<string, Record<string, unknown>> {
  const e = runScript(script).entries.at(-1)
  if (!e || e.exitCode !== 0) throw new Error(e?.stderr ?? 'no command ran')
  return JSON.parse(e.stdout) as Record<string, Record<string, unknown>>
}

describe('endpoint settings in docker inspect', () => {
  it("has EndpointSettings' fields in Moby's order, and the --gw-priority given", () => {
    const n = networks(
      [
        'docker network create n1',
        'docker network create n2',
        'docker run -d --name web --network name=n1,gw-priority=5 busybox sleep 1d',
        'docker network connect n2 web',
        "docker inspect -f '{{json .NetworkSettings.Networks}}' web",
      ].join('\n'),
    )
    expect(Object.keys(n.n1 ?? {})).toEqual(FIELDS)
    expect(n.n1?.GwPriority).toBe(5)
    expect(n.n2?.GwPriority).toBe(0)
    expect(n.n2?.DriverOpts).toBeNull()
  })

  it('keeps the same fields for a stopped container whose network is gone', () => {
    const n = networks(
      [
        'docker network create n1',
        'docker create --name web --network n1 busybox',
        'docker network rm n1',
        "docker inspect -f '{{json .NetworkSettings.Networks}}' web",
      ].join('\n'),
    )
    expect(Object.keys(n.n1 ?? {})).toEqual(FIELDS)
  })
})
