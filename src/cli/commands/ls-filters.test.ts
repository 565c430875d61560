// `docker network ls --filter` (moby v28.2.2 daemon/network/filter.go FilterNetworks, keys from
// api/types/network acceptedFilters) and `docker volume ls --filter` (volume/service/convert.go
// filtersToBy, acceptedListFilters).
import { describe, expect, it } from 'vitest'
import { runScript } from '../index'

function last(script: string) {
  const e = runScript(script).entries.at(-1)
  if (!e) throw new Error('no command ran')
  return e
}

function listed(setup: string, command: string): string[] {
  const e = last(`${setup}\n${command}`)
  expect(e.stderr).toBe('')
  return e.stdout.split('\n').filter((l) => l !== '')
}

const NETWORKS = [
  'docker network create front',
  'docker network create back',
  'docker run -d --name web --network front nginx',
].join('\n')
const nets = (args: string) => listed(NETWORKS, `docker network ls ${args} --format '{{.Name}}'`)

describe('docker network ls --filter', () => {
  it('name: exact or a Go regexp found in the name; id likewise', () => {
    expect(nets('--filter name=front')).toEqual(['front'])
    expect(nets('--filter name=^b')).toEqual(['back', 'bridge'])
    expect(nets("--filter 'name=(x'")).toEqual([])
  })

  it('driver and scope: exact values', () => {
    expect(nets('--filter driver=null')).toEqual(['none'])
    expect(nets('--filter driver=bridge')).toEqual(['back', 'bridge', 'front'])
    expect(nets('--filter scope=local --filter driver=host')).toEqual(['host'])
    expect(nets('--filter scope=swarm')).toEqual([])
  })

  it('type: custom (user-defined) or builtin (bridge, host, none); other values refused', () => {
    expect(nets('--filter type=custom')).toEqual(['back', 'front'])
    expect(nets('--filter type=builtin')).toEqual(['bridge', 'host', 'none'])
    expect(last(`${NETWORKS}\ndocker network ls --filter type=mine`).stderr).toBe(
      "Error response from daemon: invalid filter: 'type'='mine'\n",
    )
  })

  // The list API builds networks without their containers (daemon/network.go), so every
  // user-defined network is "dangling", even `front` with a running container on it.
  it('dangling: user-defined networks (true) or the predefined ones (false)', () => {
    expect(nets('--filter dangling=true')).toEqual(['back', 'front'])
    expect(nets('--filter dangling=0')).toEqual(['bridge', 'host', 'none'])
    expect(last(`${NETWORKS}\ndocker network ls --filter dangling=maybe`).stderr).toBe(
      `Error response from daemon: invalid value for filter 'dangling', must be "true" (or "1"), or "false" (or "0")\n`,
    )
    expect(
      last(`${NETWORKS}\ndocker network ls --filter dangling=true --filter dangling=false`).stderr,
    ).toBe('Error response from daemon: got more than one value for filter key "dangling"\n')
  })

  it('refuses a key the daemon does not take', () => {
    const e = last(`${NETWORKS}\ndocker network ls -f color=red`)
    expect(e.stderr).toBe("Error response from daemon: invalid filter 'color'\n")
    expect(e.exitCode).toBe(1)
  })
})

const VOLUMES = [
  'docker volume create data',
  'docker volume create logs',
  'docker run -d --name db -v data:/var/lib/db -v /scratch redis',
].join('\n')
const vols = (args: string) =>
  listed(VOLUMES, `docker volume ls ${args} --format '{{.Name}}'`).map((n) =>
    /^[0-9a-f]{64}$/.test(n) ? '<anonymous>' : n,
  )

describe('docker volume ls --filter', () => {
  it('dangling: volumes no container (running or not) uses', () => {
    expect(vols('--filter dangling=true')).toEqual(['logs'])
    expect(vols('--filter dangling=false').sort()).toEqual(['<anonymous>', 'data'])
    expect(last(`${VOLUMES}\ndocker volume ls --filter dangling=x`).stderr).toBe(
      "Error response from daemon: invalid filter 'dangling=[x]'\n",
    )
  })

  it('name (exact or regexp), driver, and the anonymous volumes’ label', () => {
    expect(vols('--filter name=^da')).toEqual(['data'])
    expect(vols('--filter driver=local').length).toBe(3)
    expect(vols('--filter driver=nfs')).toEqual([])
    expect(vols('--filter label=com.docker.volume.anonymous')).toEqual(['<anonymous>'])
  })

  it('refuses keys volume ls does not take, label! among them', () => {
    expect(last(`${VOLUMES}\ndocker volume ls --filter label!=x`).stderr).toBe(
      "Error response from daemon: invalid filter 'label!'\n",
    )
  })
})
