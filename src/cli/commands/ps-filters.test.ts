// `docker ps --filter`, as moby v28.2.2 daemon/list.go applies each key (foldFilter,
// filterByNameIDMatches, includeContainerInList) and api/types/filters Args matches values.
import { describe, expect, it } from 'vitest'
import { runScript } from '../index'

function last(script: string) {
  const e = runScript(script).entries.at(-1)
  if (!e) throw new Error('no command ran')
  return e
}

/** The names `docker ps` lists after `setup`, for the given extra arguments. */
function names(setup: string, args: string): string[] {
  const e = last(`${setup}\ndocker ps ${args} --format '{{.Names}}'`)
  expect(e.stderr).toBe('')
  return e.stdout.split('\n').filter((l) => l !== '')
}

const WORLD = [
  'docker network create back',
  'docker run -d --name web -p 8080:80 --label tier=front nginx',
  'docker run -d --name web2 --network back --label tier=back -v data:/data redis',
  'docker run --name job busybox sh -c "exit 3"',
  'docker create --name fresh -l tier busybox',
].join('\n')

describe('docker ps --filter', () => {
  it('name: an exact name, or a regular expression found anywhere in it (Args.Match)', () => {
    expect(names(WORLD, '-a --filter name=web')).toEqual(['web2', 'web'])
    expect(names(WORLD, '-a --filter name=^web$')).toEqual(['web'])
    expect(names(WORLD, '-a --filter name=/web2')).toEqual(['web2'])
    expect(names(WORLD, "-a --filter 'name=^(job|fresh)$'")).toEqual(['fresh', 'job'])
    // A pattern Go does not compile matches nothing.
    expect(names(WORLD, '-a --filter name=(')).toEqual([])
  })

  it('status: lists stopped containers without -a; values are checked', () => {
    expect(names(WORLD, '--filter status=exited')).toEqual(['job'])
    expect(names(WORLD, '--filter status=created')).toEqual(['fresh'])
    const e = last(`${WORLD}\ndocker ps --filter status=up`)
    expect(e.stderr).toBe(
      "Error response from daemon: invalid filter 'status=up': invalid value for state (up): must be one of created, running, paused, restarting, removing, exited, dead\n",
    )
    expect(e.exitCode).toBe(1)
  })

  it('exited: the exit code of containers that ran, and only with -a', () => {
    expect(names(WORLD, '-a --filter exited=3')).toEqual(['job'])
    expect(names(WORLD, '--filter exited=3')).toEqual([])
    expect(names(WORLD, '-a --filter exited=0')).toEqual([])
    expect(last(`${WORLD}\ndocker ps --filter exited=x`).stderr).toBe(
      `Error response from daemon: invalid filter 'exited=x': strconv.Atoi: parsing "x": invalid syntax\n`,
    )
  })

  it('label: a key, or key=value; every label filter must match (MatchKVList)', () => {
    expect(names(WORLD, '-a --filter label=tier')).toEqual(['fresh', 'web2', 'web'])
    expect(names(WORLD, '-a --filter label=tier=back')).toEqual(['web2'])
    expect(names(WORLD, '-a --filter label=tier --filter label=tier=front')).toEqual(['web'])
    expect(names(WORLD, '-a --filter label=other')).toEqual([])
    // The labels are the container's Config.Labels (`-l tier` has an empty value).
    expect(last(`${WORLD}\ndocker inspect -f '{{json .Config.Labels}}' web fresh`).stdout).toBe(
      '{"tier":"front"}\n{"tier":""}\n',
    )
  })

  it('id: a prefix naming one container, or a pattern in the id', () => {
    const id = last(`${WORLD}\ndocker ps -aq --no-trunc --filter name=^job$`).stdout.trim()
    expect(id).toMatch(/^[0-9a-f]{64}$/)
    expect(names(WORLD, `-a --filter id=${id.slice(0, 6)}`)).toEqual(['job'])
    expect(names(WORLD, `-a --filter id=${id}`)).toEqual(['job'])
  })

  it('network: a network name, or a prefix of its id', () => {
    expect(names(WORLD, '-a --filter network=back')).toEqual(['web2'])
    expect(names(WORLD, '-a --filter network=bridge')).toEqual(['fresh', 'job', 'web'])
  })

  it('ancestor: the image, by name (untagged means latest)', () => {
    expect(names(WORLD, '-a --filter ancestor=busybox')).toEqual(['fresh', 'job'])
    expect(names(WORLD, '-a --filter ancestor=nginx:latest')).toEqual(['web'])
    expect(names(WORLD, '-a --filter ancestor=nginx:1.25')).toEqual([])
  })

  it('volume, publish and expose: a mount name or target; a published or exposed port', () => {
    expect(names(WORLD, '-a --filter volume=data')).toEqual(['web2'])
    expect(names(WORLD, '-a --filter volume=/data')).toEqual(['web2'])
    expect(names(WORLD, '--filter publish=8080')).toEqual(['web'])
    expect(names(WORLD, '--filter publish=8000-8100/tcp')).toEqual(['web'])
    expect(names(WORLD, '--filter expose=6379')).toEqual(['web2'])
    expect(last(`${WORLD}\ndocker ps --filter publish=80:80`).stderr).toBe(
      "Error response from daemon: filter for 'publish' should not contain ':': 80:80\n",
    )
  })

  it('before and since: containers created before or after one, by name or full id', () => {
    expect(names(WORLD, '-a --filter before=web2')).toEqual(['web'])
    expect(names(WORLD, '-a --filter since=web2')).toEqual(['fresh', 'job'])
    expect(last(`${WORLD}\ndocker ps --filter since=nope`).stderr).toBe(
      'Error response from daemon: No such container: nope\n',
    )
  })

  it('refuses a key the daemon does not take', () => {
    const e = last(`${WORLD}\ndocker ps --filter foo=bar`)
    expect(e.stderr).toBe("Error response from daemon: invalid filter 'foo'\n")
    expect(e.exitCode).toBe(1)
  })

  it('-n N: the newest N the filters keep, stopped ones included', () => {
    expect(names(WORLD, '-n 1')).toEqual(['fresh'])
    expect(names(WORLD, '-n 1 --filter status=exited')).toEqual(['job'])
    expect(names(WORLD, '-n 2 --filter label=tier')).toEqual(['fresh', 'web2'])
  })
})
