// `--label` on networks, containers and volumes, and the Labels / Label fields of `network ls`,
// `ps` and `volume ls --format`. Sources: docker/cli v28.2.2 cli/command/network/create.go
// (opts.ConvertKVStringsToMap), cli/command/network/formatter.go (networkContext.Labels,
// Label), cli/command/formatter/container.go (ContainerContext: labels sorted),
// cli/command/formatter/volume.go (volumeContext), cli/command/formatter
// (formatter.go contextFormat, custom.go SubHeaderContext.Label); moby v28.2.2
// daemon/network.go (NetworkOptionLabels, kept as given).
import { describe, expect, it } from 'vitest'
import { runScript } from '../index'

function last(script: string) {
  const e = runScript(script).entries.at(-1)
  if (!e) throw new Error('no command ran')
  return e
}

const CREATE = 'docker network create --label com.example.app=web --label tier --label a=1=2 app'

describe('network labels', () => {
  it('keeps --label pairs; a bare key has an empty value, the rest after the first = is the value', () => {
    expect(last(`${CREATE}\ndocker network inspect -f '{{json .Labels}}' app`).stdout).toBe(
      '{"a":"1=2","com.example.app":"web","tier":""}\n',
    )
  })

  it('lists them in network ls as k=v pairs, and {{.Label "k"}} answers one', () => {
    const ls = `docker network ls --format '{{.Name}} {{.Labels}} {{.Label "com.example.app"}}|{{.Label "nope"}}'`
    const out = last(`${CREATE}\n${ls}`).stdout
    expect(out).toContain('app a=1=2,com.example.app=web,tier= web|\n')
    expect(out).toContain('bridge  |\n')
  })

  it('heads a Label column with the last part of the name, - and _ as spaces', () => {
    const out = last(
      `${CREATE}\ndocker network ls --format 'table {{.Name}}\\t{{.Label "com.example.some-app_x"}}'`,
    )
    expect(out.stdout.split('\n')[0]).toBe('NAME      some app x')
  })

  it('leaves the method out of --format json', () => {
    const out = last(`${CREATE}\ndocker network ls --format json`).stdout
    expect(out).toContain('"Labels":"a=1=2,com.example.app=web,tier="')
    expect(out).not.toContain('"Label"')
  })

  it('refuses a Label without its argument in text/template words', () => {
    expect(last(`docker network ls --format '{{.Label}}'`)).toMatchObject({
      stdout: '',
      stderr:
        'template parsing error: template: :1:2: executing "" at <.Label>: wrong number of args for Label: want 1 got 0\n',
      exitCode: 1,
    })
  })
})

describe('docker ps --format checks Label on the client, as the 28.2.2 client does', () => {
  it.each([
    ['{{.Label}}', ':1:2: executing "" at <.Label>: wrong number of args for Label: want 1 got 0'],
    [
      '{{.Label "a" "b"}}',
      ':1:2: executing "" at <.Label>: wrong number of args for Label: want 1 got 2',
    ],
    ['{{.Label 1}}', ':1:9: executing "" at <1>: expected string; found 1'],
    [
      '{{.Labels "x"}}',
      ':1:2: executing "" at <.Labels>: wrong number of args for Labels: want 0 got 1',
    ],
    [
      '{{1 | .Label}}',
      ':1:6: executing "" at <.Label>: wrong type for value; expected string; got int',
    ],
    ['{{.Label nil}}', ':1:9: executing "" at <nil>: cannot assign nil to string'],
  ])('%s', (format, error) => {
    expect(last(`docker ps --format '${format}'`)).toMatchObject({
      stdout: '',
      stderr: `failed to execute template: template: ${error}\n`,
      exitCode: 1,
    })
  })

  it('accepts a Label with its argument', () => {
    expect(last(`docker ps -a --format '{{.Label "x"}}|{{.Labels}}'`).exitCode).toBe(0)
  })
})

describe('container labels (docker run --label)', () => {
  const RUN = 'docker run -d --name web --label com.example.tier=front --label b=2 nginx'

  it('are kept in Config.Labels and listed sorted by ps', () => {
    expect(last(`${RUN}\ndocker inspect -f '{{json .Config.Labels}}' web`).stdout).toBe(
      '{"b":"2","com.example.tier":"front"}\n',
    )
    const f = `'{{.Names}} {{.Labels}} {{.Label "com.example.tier"}}|{{.Label "x"}}'`
    expect(last(`${RUN}\ndocker ps --format ${f}`).stdout).toBe(
      'web b=2,com.example.tier=front front|\n',
    )
  })
})

describe('volume labels (docker volume create --label)', () => {
  it('are shown by inspect and volume ls; an anonymous volume is labelled as such', () => {
    const script = `docker volume create --label owner=me data
docker run -d --name web -v /cache nginx
docker volume ls --format '{{.Labels}}|{{.Label "owner"}}'`
    expect(last(script).stdout.split('\n').sort()).toEqual([
      '',
      'com.docker.volume.anonymous=|',
      'owner=me|me',
    ])
    expect(
      last(
        `docker volume create --label owner=me data\ndocker volume inspect -f '{{json .Labels}}' data`,
      ).stdout,
    ).toBe('{"owner":"me"}\n')
  })
})
