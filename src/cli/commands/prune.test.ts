// The prunes: docker/cli v28.2.2 cli/command/{container,network,volume,system}/prune.go for the
// prompt and the output, moby v28.2.2 daemon/prune.go and volume/service/service.go for what
// goes.
import { describe, expect, it } from 'vitest'
import { runScript } from '../index'

function last(script: string) {
  const e = runScript(script).entries.at(-1)
  if (!e) throw new Error('no command ran')
  return e
}

const NETWORK_WARNING =
  'WARNING! This will remove all custom networks not used by at least one container.\nAre you sure you want to continue? [y/N] '

const WORLD = [
  'docker network create used',
  'docker network create stopped-only',
  'docker network create empty',
  'docker run -d --name web --network used nginx',
  'docker run --name job --network stopped-only busybox true',
].join('\n')

describe('docker network prune', () => {
  it('asks first; with nothing to read the answer is no: cancelled, exit 0 (prompt.Confirm)', () => {
    const e = last(`${WORLD}\ndocker network prune`)
    expect(e).toMatchObject({ stdout: NETWORK_WARNING, stderr: '', exitCode: 0 })
    expect(
      last(`${WORLD}\ndocker network prune\ndocker network ls -q --filter type=custom`)
        .stdout.split('\n')
        .filter(Boolean),
    ).toHaveLength(3)
  })

  it('goes on when a pipe answers y; removes networks without running containers', () => {
    const e = last(`${WORLD}\necho y | docker network prune`)
    expect(e.stdout).toBe(`${NETWORK_WARNING}Deleted Networks:\nstopped-only\nempty\n\n`)
    const left = last(`${WORLD}\ndocker network prune -f\ndocker network ls --format '{{.Name}}'`)
    expect(left.stdout).toBe('bridge\nhost\nnone\nused\n')
  })

  it('keeps what its label filters exclude, and refuses other keys', () => {
    // No network here has labels: `label=k` keeps them all, `label!=k` none.
    expect(last(`${WORLD}\ndocker network prune -f --filter label=keep`).stdout).toBe('')
    expect(last(`${WORLD}\ndocker network prune -f --filter label!=keep`).stdout).toBe(
      'Deleted Networks:\nstopped-only\nempty\n\n',
    )
    expect(last(`${WORLD}\ndocker network prune -f --filter driver=bridge`).stderr).toBe(
      "Error response from daemon: invalid filter 'driver'\n",
    )
  })

  it('prints nothing when nothing is unused', () => {
    expect(last('docker network prune -f')).toMatchObject({ stdout: '', exitCode: 0 })
  })
})

const VOLUMES = [
  'docker volume create named',
  'docker run --name job -v /scratch busybox true',
  'docker rm job',
  'docker run -d --name db -v used:/data redis',
].join('\n')

describe('docker volume prune', () => {
  it('removes unused anonymous volumes only, unless -a (Engine 28, API 1.42)', () => {
    const anonymous = last(`${VOLUMES}\ndocker volume prune -f`)
    expect(anonymous.stdout).toMatch(
      /^Deleted Volumes:\n[0-9a-f]{64}\n\nTotal reclaimed space: 0B\n$/,
    )
    const all = last(`${VOLUMES}\ndocker volume prune -f -a`)
    expect(all.stdout).toMatch(
      /^Deleted Volumes:\nnamed\n[0-9a-f]{64}\n\nTotal reclaimed space: 0B\n$/,
    )
    expect(last(`${VOLUMES}\ndocker volume prune -af\ndocker volume ls -q`).stdout).toBe('used\n')
  })

  it('words its prompt by -a; refuses -a with a filter all', () => {
    expect(last(`${VOLUMES}\ndocker volume prune -a`).stdout).toBe(
      'WARNING! This will remove all local volumes not used by at least one container.\nAre you sure you want to continue? [y/N] ',
    )
    expect(last(`${VOLUMES}\ndocker volume prune -a --filter all=1`)).toMatchObject({
      stderr: 'conflicting options: cannot specify both --all and --filter all=1\n',
      exitCode: 1,
    })
    expect(last(`${VOLUMES}\ndocker volume prune -f --filter all=maybe`).stderr).toBe(
      `Error response from daemon: invalid filter 'all': strconv.ParseBool: parsing "maybe": invalid syntax\n`,
    )
  })

  it('counts the bytes of the files it removes', () => {
    const script = `${VOLUMES}\ndocker run --rm -v named:/n busybox sh -c 'echo hello > /n/f'\ndocker volume prune -af`
    expect(last(script).stdout).toContain('Total reclaimed space: 6B\n')
  })
})

describe('docker container prune and docker system prune', () => {
  it('container prune removes every container not running, by full id', () => {
    const e = last(`${WORLD}\ndocker container prune -f`)
    expect(e.stdout).toMatch(/^Deleted Containers:\n[0-9a-f]{64}\n\nTotal reclaimed space: 0B\n$/)
    expect(
      last(`${WORLD}\ndocker container prune -f\ndocker ps -a --format '{{.Names}}'`).stdout,
    ).toBe('web\n')
  })

  it('system prune asks with its list of what goes, and the filters it will send', () => {
    expect(last('docker system prune --volumes --filter label=a').stdout).toBe(
      'WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n  - all anonymous volumes not used by at least one container\n  - all dangling images\n  - unused build cache\n\n  Items to be pruned will be filtered with:\n  - label=a\n\nAre you sure you want to continue? [y/N] ',
    )
    expect(last('docker system prune --volumes --filter until=1h').stderr).toBe(
      'ERROR: The "until" filter is not supported with "--volumes"\n',
    )
  })

  it('system prune: containers, then networks; -a also the images no container uses', () => {
    const e = last(`${WORLD}\ndocker pull alpine\ndocker system prune -af`)
    expect(e.stdout).toMatch(
      /^Deleted Containers:\n[0-9a-f]{64}\n\nDeleted Networks:\nstopped-only\nempty\n\nDeleted Images:\nuntagged: busybox:latest\nuntagged: busybox@sha256:[0-9a-f]{64}\ndeleted: sha256:[0-9a-f]{64}\nuntagged: alpine:latest\n/,
    )
    expect(e.stdout).toMatch(/\n\nTotal reclaimed space: 12.59MB\n$/)
    expect(
      last(`${WORLD}\ndocker system prune -af\ndocker images --format '{{.Repository}}'`).stdout,
    ).toBe('nginx\n')
  })

  it('system prune stops at the first daemon refusal', () => {
    expect(last(`${WORLD}\ndocker system prune -f --filter bogus=1`)).toMatchObject({
      stdout: '',
      stderr: "Error response from daemon: invalid filter 'bogus'\n",
      exitCode: 1,
    })
  })
})
