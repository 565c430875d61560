/**
 * The table interpreter's order and texts. Every expected text here is what the real docker
 * 28.2.2 client printed for the same line (no daemon running), pasted as it came.
 */
import { describe, expect, it } from 'vitest'
import { createShell, execute, runScript } from '../index'

function run(line: string) {
  return execute(createShell(), line).output
}

describe('flag errors come first: pflag message, Usage, exit 125', () => {
  it('refuses a value that does not parse as the flag type (docker ps -n x)', () => {
    expect(run('docker ps -n x')).toEqual({
      stdout: '',
      stderr: `invalid argument "x" for "-n, --last" flag: strconv.ParseInt: parsing "x": invalid syntax

Usage:  docker ps [OPTIONS]

Run 'docker ps --help' for more information
`,
      exitCode: 125,
    })
  })

  it('stops at the first bad flag, whatever follows (docker ps --bogus -n x)', () => {
    expect(run('docker ps --bogus -n x').stderr).toBe(`unknown flag: --bogus

Usage:  docker ps [OPTIONS]

Run 'docker ps --help' for more information
`)
  })

  it('checks flags before arguments: docker rename --bogus a b is a flag error', () => {
    expect(run('docker rename --bogus a b')).toEqual({
      stdout: '',
      stderr: `unknown flag: --bogus

Usage:  docker rename CONTAINER NEW_NAME

Run 'docker rename --help' for more information
`,
      exitCode: 125,
    })
  })

  it("runs the flags' own checks while parsing (--dns, -e, --link, --docker)", () => {
    const usageRun = `\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n`
    expect(run('docker run --dns bad busybox').stderr).toBe(
      `invalid argument "bad" for "--dns" flag: IP address is not correctly formatted: bad${usageRun}`,
    )
    expect(run('docker run -e =x busybox').stderr).toBe(
      `invalid argument "=x" for "-e, --env" flag: invalid environment variable: =x${usageRun}`,
    )
    expect(run('docker run --link a:b:c busybox').stderr).toBe(
      `invalid argument "a:b:c" for "--link" flag: bad format for links: a:b:c${usageRun}`,
    )
    expect(run('docker exec -e =x web').stderr)
      .toBe(`invalid argument "=x" for "-e, --env" flag: invalid environment variable: =x

Usage:  docker exec [OPTIONS] CONTAINER COMMAND [ARG...]

Run 'docker exec --help' for more information
`)
    expect(run('docker context create --docker bogus vm2')).toEqual({
      stdout: '',
      stderr: `invalid argument "bogus" for "--docker" flag: bogus must be formatted as key=value

Usage:  docker context create [OPTIONS] CONTEXT

Run 'docker context create --help' for more information
`,
      exitCode: 125,
    })
  })
})

describe("docker's own options go through the same parser", () => {
  it('refuses an unknown global flag with the root Usage', () => {
    expect(run('docker --bogus ps')).toEqual({
      stdout: '',
      stderr: `unknown flag: --bogus

Usage:  docker [OPTIONS] COMMAND [ARG...]

Run 'docker --help' for more information
`,
      exitCode: 125,
    })
  })

  it('refuses a flag given to a management group, with the group Usage', () => {
    expect(run('docker volume -x')).toEqual({
      stdout: '',
      stderr: `unknown shorthand flag: 'x' in -x

Usage:  docker volume COMMAND

Run 'docker volume --help' for more information
`,
      exitCode: 125,
    })
  })

  it('checks the log level and refuses --host with --context', () => {
    expect(run('docker --log-level x ps').stderr).toBe('Unable to parse logging level: x\n')
    expect(run('docker --context default -H unix:///var/run/docker.sock ps').stderr).toBe(
      'conflicting options: cannot specify both --host and --context\n',
    )
  })
})

describe('then the argument count: exit 1, with the wording of each cobra rule', () => {
  it.each([
    [
      'docker logs',
      `docker: 'docker logs' requires 1 argument

Usage:  docker logs [OPTIONS] CONTAINER

Run 'docker logs --help' for more information
`,
    ],
    [
      'docker ps x',
      `docker: 'docker ps' accepts no arguments

Usage:  docker ps [OPTIONS]

Run 'docker ps --help' for more information
`,
    ],
    [
      'docker port',
      `docker: 'docker port' requires at least 1 and at most 2 arguments

Usage:  docker port CONTAINER [PRIVATE_PORT[/PROTO]]

Run 'docker port --help' for more information
`,
    ],
    [
      'docker rename a',
      `docker: 'docker rename' requires 2 arguments

Usage:  docker rename CONTAINER NEW_NAME

Run 'docker rename --help' for more information
`,
    ],
    [
      'docker network rm -f',
      `docker: 'docker network rm' requires at least 1 argument

Usage:  docker network rm NETWORK [NETWORK...]

See 'docker network rm --help' for more information
`,
    ],
    [
      'docker volume create v1 v2',
      `docker: 'docker volume create' requires at most 1 argument

Usage:  docker volume create [OPTIONS] [VOLUME]

SRun 'docker volume create --help' for more information
`,
    ],
    ['docker context use', 'accepts 1 arg(s), received 0\n'],
  ])('%s', (line, stderr) => {
    expect(run(line)).toEqual({ stdout: '', stderr, exitCode: 1 })
  })

  it('prints a deprecated flag notice on stdout before the count error (docker stop --time 3)', () => {
    expect(run('docker stop --time 3')).toEqual({
      stdout: 'Flag --time has been deprecated, use --timeout instead\n',
      stderr: `docker: 'docker stop' requires at least 1 argument

Usage:  docker stop [OPTIONS] CONTAINER [CONTAINER...]

See 'docker stop --help' for more information
`,
      exitCode: 1,
    })
  })
})

describe('then the client-side option checks of run and create', () => {
  it('refuses a restart policy whose retry count is not a number', () => {
    expect(run('docker run --restart on-failure:x busybox')).toEqual({
      stdout: '',
      stderr: `docker: invalid restart policy format: maximum retry count must be an integer

Run 'docker run --help' for more information
`,
      exitCode: 125,
    })
  })

  it('passes a four-part -v spec on to the daemon, which refuses it', () => {
    // The client reads `a:` as a drive letter; the daemon's text is the simulator's
    // (src/engine/errors.ts INVALID_MOUNT), not checked against a real daemon.
    expect(run('docker run -v a:b:c:d busybox').stderr).toBe(
      "docker: Error response from daemon: invalid volume specification: 'a:b:c:d'\n\nRun 'docker run --help' for more information\n",
    )
  })

  it('accepts --add-host with =, host-gateway and a bracketed address', () => {
    const { entries } = runScript(
      'docker run --add-host a=1.2.3.4 --add-host gw=host-gateway --add-host six=[::1] busybox cat /etc/hosts',
    )
    const hosts = entries[0]?.stdout ?? ''
    expect(hosts).toContain('1.2.3.4\ta\n')
    expect(hosts).toContain('172.17.0.1\tgw\n')
    expect(hosts).toContain('::1\tsix\n')
  })
})

describe('flags the simulator did not know', () => {
  it.each([
    'docker exec --privileged web ls',
    'docker network create --ipv6 n1',
    'docker run --domainname example.com busybox',
    'docker volume ls -f dangling=true',
  ])('%s is accepted', (line) => {
    expect(run(line).stderr).not.toMatch(/unknown flag|Usage:/)
  })

  it('connects to the network named by --network name=...', () => {
    const { entries } = runScript(`docker network create n1
docker run -d --network name=n1 busybox sleep 100`)
    expect(entries[1]?.exitCode).toBe(0)
  })

  it('lists the last n containers with ps -n, in any state', () => {
    const { entries } = runScript(`docker create --name first busybox
docker create --name second busybox
docker ps -n 1 -q`)
    expect(entries[2]?.stdout).toBe(`${entries[1]?.stdout.slice(0, 12)}\n`)
  })
})

describe('--help from the table', () => {
  it('prints the client help text with its Options column (docker network rm --help)', () => {
    expect(run('docker network rm --help')).toEqual({
      stdout: `Usage:  docker network rm NETWORK [NETWORK...]

Remove one or more networks

Aliases:
  docker network rm, docker network remove

Options:
  -f, --force   Do not error if the network does not exist
`,
      stderr: '',
      exitCode: 0,
    })
  })

  it('leaves out hidden and deprecated flags, and Options when none is left', () => {
    expect(run('docker stop --help').stdout)
      .toBe(`Usage:  docker stop [OPTIONS] CONTAINER [CONTAINER...]

Stop one or more running containers

Aliases:
  docker container stop, docker stop

Options:
  -s, --signal string   Signal to send to the container
  -t, --timeout int     Seconds to wait before killing the container
`)
    expect(run('docker top --help').stdout).toBe(`Usage:  docker top CONTAINER [ps OPTIONS]

Display the running processes of a container

Aliases:
  docker container top, docker top
`)
  })

  it('has docker container inspect as a command of its own, containers only', () => {
    expect(run('docker container inspect').stderr)
      .toBe(`docker: 'docker container inspect' requires at least 1 argument

Usage:  docker container inspect [OPTIONS] CONTAINER [CONTAINER...]

See 'docker container inspect --help' for more information
`)
    // Daemon side (not checked against a daemon): a network is not a container.
    expect(run('docker container inspect bridge').stderr).toBe('Error: No such container: bridge\n')
  })

  it('lists a group from the table, with summaries rather than long descriptions', () => {
    expect(run('docker volume --help')).toEqual({
      stdout: `Usage:  docker volume COMMAND

Manage volumes

Commands:
  create      Create a volume
  inspect     Display detailed information on one or more volumes
  ls          List volumes
  prune       Remove unused local volumes
  rm          Remove one or more volumes
  update      Update a volume (cluster volumes only)

Run 'docker volume COMMAND --help' for more information on a command.
`,
      stderr: '',
      exitCode: 0,
    })
    // Bare, the client prints the same text on stderr.
    expect(run('docker volume').stderr).toBe(run('docker volume --help').stdout)
  })

  it('names the container-group command in its messages (docker container list --bogus)', () => {
    expect(run('docker container list --bogus').stderr).toBe(`unknown flag: --bogus

Usage:  docker container ls [OPTIONS]

Run 'docker container ls --help' for more information
`)
  })
})

describe('client-side checks of other commands', () => {
  it('refuses to attach to several containers at once (docker start -a web db)', () => {
    expect(run('docker start -a web db')).toEqual({
      stdout: '',
      stderr: 'you cannot start and attach multiple containers at once\n',
      exitCode: 1,
    })
  })

  it('refuses --time with --timeout, after the deprecation notice', () => {
    expect(run('docker stop --time 3 -t 3 web')).toEqual({
      stdout: 'Flag --time has been deprecated, use --timeout instead\n',
      stderr: 'conflicting options: cannot specify both --timeout and --time\n',
      exitCode: 1,
    })
  })

  it('refuses an empty --type of docker inspect', () => {
    expect(run("docker inspect --type '' web").stderr).toBe(
      'type is empty: must be one of "config", "container", "image", "network", "node", "plugin", "secret", "service", "task", "volume"\n',
    )
  })
})

describe('commands only parsed', () => {
  it('says plainly that a command the client accepted is not simulated', () => {
    expect(run('docker pause web')).toEqual({
      stdout: '',
      stderr: "docknet: 'docker pause' is not simulated (the client accepted the command)\n",
      exitCode: 1,
    })
  })
})
