// docker images, docker top, docker system df and docker context rm, as docker/cli v28.2.2
// prints them (cli/command/image/list.go and formatter/image.go, container/top.go,
// formatter/disk_usage.go, context/remove.go) over what the simulated daemons hold.
import { describe, expect, it } from 'vitest'
import { runScript } from '../index'

function last(script: string) {
  const e = runScript(script).entries.at(-1)
  if (!e) throw new Error('no command ran')
  return e
}

describe('docker images', () => {
  it('lists what the daemon pulled or ran, the last arrived first', () => {
    const e = last('docker run -d --name web nginx\ndocker pull busybox:1.36\ndocker images')
    expect(e.stdout).toMatch(
      /^REPOSITORY {3}TAG {7}IMAGE ID {7}CREATED {7}SIZE\nbusybox {6}1\.36 {6}[0-9a-f]{12} {3}2 weeks ago {3}4\.28MB\nnginx {8}latest {4}[0-9a-f]{12} {3}2 weeks ago {3}192MB\n$/,
    )
    expect(last('docker images')).toMatchObject({
      stdout: 'REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n',
      exitCode: 0,
    })
  })

  it('keeps one entry per repository:tag, however it was named', () => {
    const e = last(
      'docker pull nginx\ndocker pull docker.io/library/nginx:latest\ndocker images --format "{{.Repository}}:{{.Tag}}"',
    )
    expect(e.stdout).toBe('nginx:latest\n')
  })

  it('-q, --no-trunc, --digests: ids, full ids, the digest pull printed', () => {
    const pulled = last('docker pull redis').stdout
    const digest = /Digest: (sha256:[0-9a-f]{64})/.exec(pulled)?.[1]
    expect(last('docker pull redis\ndocker images -q').stdout).toMatch(/^[0-9a-f]{12}\n$/)
    expect(last('docker pull redis\ndocker images -q --no-trunc').stdout).toMatch(
      /^sha256:[0-9a-f]{64}\n$/,
    )
    expect(last('docker pull redis\ndocker images --digests --format "{{.Digest}}"').stdout).toBe(
      `${digest}\n`,
    )
  })

  it('a REPOSITORY[:TAG] argument or reference filter is a glob (reference.FamiliarMatch)', () => {
    const setup = 'docker pull nginx\ndocker pull redis:7\ndocker pull training/webapp'
    const repos = (args: string) =>
      last(`${setup}\ndocker images ${args} --format '{{.Repository}}:{{.Tag}}'`).stdout
    expect(repos('nginx')).toBe('nginx:latest\n')
    expect(repos('redis:7')).toBe('redis:7\n')
    expect(repos("'training/*'")).toBe('training/webapp:latest\n')
    expect(repos("--filter 'reference=*:7'")).toBe('redis:7\n')
    expect(repos('--filter dangling=true')).toBe('')
  })

  it('hints at `docker image ls` for `docker images ls`, and refuses unknown filters', () => {
    expect(last('docker images ls').stderr).toBe(
      '\nNo images found matching "ls": did you mean "docker image ls"?\n',
    )
    expect(last('docker images --filter nope=1').stderr).toBe(
      "Error response from daemon: invalid filter 'nope'\n",
    )
    expect(last('docker images --filter before=ghost').stderr).toBe(
      'Error response from daemon: No such image: ghost\n',
    )
  })
})

describe('docker top', () => {
  it('prints ps -ef of the container: its command, at the pid inspect shows', () => {
    const setup = 'docker run -d --name web nginx'
    const pid = last(`${setup}\ndocker inspect -f '{{.State.Pid}}' web`).stdout.trim()
    const e = last(`${setup}\ndocker top web`)
    const pad = (s: string) => s.padEnd(20)
    expect(e.stdout).toBe(
      `${['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME'].map(pad).join('')}CMD\n` +
        `${['root', pid, String(Number(pid) - 1), '0', '09:00', '?', '00:00:00'].map(pad).join('')}nginx -g daemon off;\n`,
    )
  })

  it('takes ps options after the container (aux), and refuses a stopped container', () => {
    const setup = 'docker run -d --name web -t busybox top\ndocker create --name idle busybox'
    expect(last(`${setup}\ndocker top web aux`).stdout).toMatch(
      /^USER {16}PID {17}%CPU {16}%MEM .*COMMAND\nroot {16}\d+ +0\.0 +0\.1 +12000 +4000 +pts\/0 +Ss +09:00 +0:00 {16}top\n$/,
    )
    expect(last(`${setup}\ndocker top idle`).stderr).toMatch(
      /^Error response from daemon: container [0-9a-f]{64} is not running\n$/,
    )
    expect(last(`${setup}\ndocker top nope`).stderr).toBe(
      'Error response from daemon: No such container: nope\n',
    )
  })
})

describe('docker system df', () => {
  it('counts images, containers, volumes and build cache, with what a prune frees', () => {
    const e = last(
      'docker pull alpine\ndocker run -d --name web nginx\ndocker run --name job -v v1:/d busybox true\ndocker rm job\ndocker system df',
    )
    expect(e.stdout).toBe(
      [
        'TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE',
        'Images          3         1         204.6MB   12.59MB (6%)',
        'Containers      1         1         0B        0B',
        'Local Volumes   1         0         0B        0B',
        'Build Cache     0         0         0B        0B',
        '',
      ].join('\n'),
    )
  })
})

describe('docker context rm', () => {
  const setup = [
    'docker context create vm2 --docker host=tcp://10.0.0.2:2375',
    'docker context create vm3 --docker host=tcp://10.0.0.3:2375',
    'docker --context vm3 run -d --name web nginx',
    'docker context use vm2',
  ].join('\n')

  it('refuses default, a missing context and the current one (without -f), each on a line', () => {
    const e = last(`${setup}\ndocker context rm default nosuch vm2`)
    expect(e.stderr).toBe(
      'context "default" cannot be removed\ncontext "nosuch" does not exist\ncontext "vm2" is in use, set -f flag to force remove\n',
    )
    expect(e.exitCode).toBe(1)
  })

  it('-f removes the current one (back to default) and prints a missing name', () => {
    const e = last(`${setup}\ndocker context rm -f vm2 nosuch`)
    expect(e).toMatchObject({ stdout: 'vm2\nnosuch\n', stderr: '', exitCode: 0 })
    expect(last(`${setup}\ndocker context rm -f vm2\ndocker context show`).stdout).toBe('default\n')
  })

  it('keeps a host whose daemon still runs containers (Docker would keep running them)', () => {
    const e = last(`${setup}\ndocker context rm vm3`)
    expect(e.stderr).toContain('docknet: context "vm3" is a simulated host that still holds')
    expect(last(`${setup}\ndocker context rm vm3\ndocker context ls -q`).stdout).toBe(
      'default\nvm2\nvm3\n',
    )
  })
})

describe('the docker image group', () => {
  it('answers ls, list, pull and prune as docker images, pull and image prune', () => {
    expect(last('docker pull nginx\ndocker image ls -q').stdout).toMatch(/^[0-9a-f]{12}\n$/)
    expect(last('docker pull nginx\ndocker image list --format "{{.Tag}}"').stdout).toBe('latest\n')
    expect(last('docker image prune -f')).toMatchObject({
      stdout: 'Total reclaimed space: 0B\n',
      exitCode: 0,
    })
    expect(last('docker pull nginx\ndocker image prune -a').stdout).toBe(
      'WARNING! This will remove all images without at least one container associated to them.\nAre you sure you want to continue? [y/N] ',
    )
    expect(last('docker pull nginx\ndocker image prune -af').stdout).toMatch(
      /^Deleted Images:\nuntagged: nginx:latest\nuntagged: nginx@sha256:[0-9a-f]{64}\ndeleted: sha256:[0-9a-f]{64}\n\nTotal reclaimed space: 192MB\n$/,
    )
  })
})
