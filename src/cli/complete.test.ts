import { describe, expect, it } from 'vitest'
import { complete } from './complete'
import { runScript } from './index'

const { state } = runScript(`docker network create appnet
docker volume create data
docker run -d --name web --network appnet nginx
docker run -d --name worker busybox sleep 1000
docker context create vm2`)

const tab = (line: string) => complete(state, line)

describe('Tab completion', () => {
  it('completes docker, its commands and groups, and a group’s subcommands', () => {
    expect(tab('do')).toEqual({ line: 'docker', options: [] })
    expect(tab('docker')).toEqual({ line: 'docker', options: ['docker', 'dockerd'] })
    expect(tab('docker netw').line).toBe('docker network ')
    expect(tab('docker network conn').line).toBe('docker network connect ')
    expect(tab('docker ins').line).toBe('docker inspect ')
  })

  it('completes a command’s flags, and the names its flags and arguments take', () => {
    // --network and --network-alias share --network: the word grows to it, with no space.
    expect(tab('docker run --netw').line).toBe('docker run --network')
    expect(tab('docker run --network').options).toEqual(['--network', '--network-alias'])
    expect(tab('docker run --network ').options).toEqual(['appnet', 'bridge', 'host', 'none'])
    expect(tab('docker network connect a').line).toBe('docker network connect appnet ')
    // web and worker share their w: the word grows to it first.
    expect(tab('docker network connect appnet ').line).toBe('docker network connect appnet w')
    expect(tab('docker network connect appnet wo').line).toBe(
      'docker network connect appnet worker ',
    )
    expect(tab('docker volume rm d').line).toBe('docker volume rm data ')
    expect(tab('docker --context ').options).toEqual(['default', 'vm2'])
    expect(tab('docker stop w').line).toBe('docker stop w')
    expect(tab('docker stop w').options).toEqual(['web', 'worker'])
  })

  it('leaves what it cannot complete as it is', () => {
    expect(tab('docker frobnicate x')).toEqual({ line: 'docker frobnicate x', options: [] })
    expect(tab('ls -')).toEqual({ line: 'ls -', options: [] })
  })
})
