/**
 * Client-side checks of commands other than run/create, made after the argument count and
 * before any daemon. Each expected stderr is what the docker 28.2.2 client printed (status 1).
 */
import { describe, expect, it } from 'vitest'
import { createShell, execute } from '../index'

function refusal(line: string) {
  return execute(createShell(), line).output
}

describe('client-side checks (exit 1, the message alone)', () => {
  it.each([
    [
      'docker network create --gateway 1.2.3.4 n1',
      'every ip-range or gateway must have a corresponding subnet',
    ],
    [
      'docker network create --ip-range 10.0.0.0/24 n1',
      'every ip-range or gateway must have a corresponding subnet',
    ],
    ['docker network create --aux-address x n1', 'no matching subnet for aux-address '],
    [
      'docker network create --aux-address a=10.0.0.5 --subnet 10.9.0.0/24 n1',
      'no matching subnet for aux-address 10.0.0.5',
    ],
    [
      'docker network create --subnet 10.9.0.0/24 --ip-range 10.8.0.0/24 n1',
      'no matching subnet for range 10.8.0.0/24',
    ],
    [
      'docker network create --subnet 10.9.0.0/24 --gateway 10.9.0.1 --gateway 10.9.0.2 n1',
      'every ip-range or gateway must have a corresponding subnet',
    ],
    [
      'docker network connect --driver-opt x n1 web',
      'invalid key/value pair format in driver options',
    ],
    [
      'docker volume create --name v1 v2',
      'conflicting options: cannot specify a volume-name through both --name and as a positional arg',
    ],
    ['docker context create default', '"default" is a reserved context name'],
    [
      'docker context create --docker host=x vm2',
      'unable to create docker endpoint config: unable to apply docker endpoint options: unable to parse docker host `x`',
    ],
    [
      'docker context create --docker host=tcp://1.2.3.4:2375 --from default vm2',
      'cannot use --docker flag when --from is set',
    ],
    [
      'docker context create --docker skip-tls-verify=x vm2',
      'unable to create docker endpoint config: skip-tls-verify: parsing "x": invalid syntax',
    ],
    [
      'docker context create --docker bogus=1 vm2',
      'unable to create docker endpoint config: unrecognized config key: bogus',
    ],
    [
      'docker pull BAD!',
      'invalid reference format: repository name (library/BAD!) must be lowercase',
    ],
    ['docker pull -a busybox:latest', "tag can't be used with --all-tags/-a"],
    ['docker pull busybox@sha256:x', 'invalid reference format'],
    ['docker exec --env-file /nonexistent web sh', 'open /nonexistent: no such file or directory'],
    ["docker rename web ''", 'Error: Neither old nor new names may be empty'],
    ['docker start --checkpoint c1 web db', 'you cannot restore multiple containers at once'],
    ['docker images --tree -q', '--quiet is not yet supported with --tree'],
    ['docker images --tree --digests', '--show-digest is not yet supported with --tree'],
    [
      'docker context use x',
      'context name "x" is invalid, names are validated against regexp "^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$"',
    ],
    [
      'docker swarm init --availability x',
      'invalid availability "x", only active, pause and drain are supported',
    ],
    [
      "docker ps --format '{{.Name}}'",
      'failed to execute template: template: :1:2: executing "" at <.Name>: can\'t evaluate field Name in type *formatter.ContainerContext',
    ],
    ["docker ps --format '{{'", 'failed to parse template: template: :1: unclosed action'],
  ])('%s', (line, message) => {
    expect(refusal(line)).toEqual({ stdout: '', stderr: `${message}\n`, exitCode: 1 })
  })

  it('checks the case of an image name before its characters (docker run BAD!)', () => {
    expect(refusal('docker run BAD!').stderr).toBe(
      "docker: invalid reference format: repository name (library/BAD!) must be lowercase\n\nRun 'docker run --help' for more information\n",
    )
  })

  it('accepts what the client accepts', () => {
    for (const line of [
      'docker network create --subnet 10.9.0.0/24 --gateway 10.9.0.1 n1',
      'docker context create --docker host=tcp://192.168.1.20:2375 vm2',
      'docker volume create --name v1',
    ])
      expect(refusal(line).exitCode).toBe(0)
  })
})

describe('templates the client runs itself', () => {
  it.each([
    [
      "docker context ls --format '{{.Bogus}}'",
      'template parsing error: template: :1:2: executing "" at <.Bogus>: can\'t evaluate field Bogus in type *formatter.clientContextContext',
      1,
    ],
    ["docker context ls --format '{{'", 'template parsing error: template: :1: unclosed action', 1],
    [
      "docker version --format '{{'",
      'template parsing error: template: version:1: unclosed action',
      64,
    ],
    [
      "docker context inspect --format '{{.Bogus}}' default",
      'template parsing error: template: :1:2: executing "" at <.Bogus>: can\'t evaluate field Bogus in type context.contextWithTLSListing',
      1,
    ],
  ])('%s', (line, message, exitCode) => {
    const output = refusal(line)
    expect([output.stderr, output.exitCode]).toEqual([`${message}\n`, exitCode])
  })
})

describe('docker context inspect', () => {
  it('prints the store document of the default context as the client does', () => {
    expect(refusal('docker context inspect').stdout).toBe(`[
    {
        "Name": "default",
        "Metadata": {},
        "Endpoints": {
            "docker": {
                "Host": "unix:///var/run/docker.sock",
                "SkipTLSVerify": false
            }
        },
        "TLSMaterial": {},
        "Storage": {
            "MetadataPath": "\\u003cIN MEMORY\\u003e",
            "TLSPath": "\\u003cIN MEMORY\\u003e"
        }
    }
]
`)
  })

  it('names a context that does not exist', () => {
    expect(refusal('docker context inspect nosuch')).toEqual({
      stdout: '[]\n',
      stderr:
        'context "nosuch": context not found: open /root/.docker/contexts/meta/9e62f93eb7d2499903ac66232f187c56fc050eb74c765f90eb214360b21f0e96/meta.json: no such file or directory\n',
      exitCode: 1,
    })
  })
})
