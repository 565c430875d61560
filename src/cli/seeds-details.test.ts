import { describe, expect, it } from 'vitest'
import { runScript } from './index'

/** Runs a script and returns the entry of the last command. */
function last(script: string) {
  const { entries } = runScript(script)
  const e = entries.at(-1)
  if (!e) throw new Error('no command ran')
  return e
}

describe('usage texts (checked against the docker CLI 28.2.2 client)', () => {
  it('lists the network subcommands for a bare `docker network`, status 0', () => {
    const e = last('docker network')
    expect(e.exitCode).toBe(0)
    // The client writes it to stderr (`docker network 2>/dev/null` prints nothing).
    expect(e.stdout).toBe('')
    expect(e.stderr).toBe(`Usage:  docker network COMMAND

Manage networks

Commands:
  connect     Connect a container to a network
  create      Create a network
  disconnect  Disconnect a container from a network
  inspect     Display detailed information on one or more networks
  ls          List networks
  prune       Remove all unused networks
  rm          Remove one or more networks

Run 'docker network COMMAND --help' for more information on a command.
`)
  })

  it('answers a reverse nslookup from the embedded DNS only: <name>.<network> (docker-semantics §7)', () => {
    const setup = `docker network create testnet
docker run -dit --name centos-1 --network testnet centos
docker run -dit --name centos-2 --network testnet centos
docker run -dit --name outsider busybox
`
    expect(last(`${setup}docker exec centos-2 nslookup 172.18.0.2`).stdout).toContain(
      '2.0.18.172.in-addr.arpa\tname = centos-1.testnet\n',
    )
    // The default bridge has no embedded DNS: nobody answers for 172.17.0.x.
    const miss = last(`${setup}docker exec centos-2 nslookup 172.17.0.2`)
    expect(miss.stderr).toBe("** server can't find 2.0.17.172.in-addr.arpa: NXDOMAIN\n\n")
    expect(miss.exitCode).toBe(1)
  })

  it('a renamed link child keeps its old name in the parent’s /etc/hosts until the parent restarts (docker-semantics §2.2)', () => {
    const setup = `docker run -d --name db training/postgres
docker run -d --name web --link db:webdb training/webapp python app.py
docker rename db database
`
    expect(last(`${setup}docker exec web cat /etc/hosts`).stdout).toMatch(
      /^172\.17\.0\.2\twebdb [0-9a-f]{12} db$/m,
    )
    expect(last(`${setup}docker restart web\ndocker exec web cat /etc/hosts`).stdout).toMatch(
      /^172\.17\.0\.2\twebdb [0-9a-f]{12} database$/m,
    )
  })

  it('refuses an empty image name as the client does (docker run "")', () => {
    const e = last('docker run ""')
    expect(e.stderr.split('\n')[0]).toBe('docker: invalid reference format')
    expect(e.exitCode).toBe(125)
  })

  it('keeps a removed link child in the running parent’s /etc/hosts (written at start, never rewritten)', () => {
    const script = `docker run -d --name db training/postgres
docker run -d --name web --link db:webdb training/webapp python app.py
docker rm -f db
`
    expect(last(`${script}docker exec web cat /etc/hosts`).stdout).toMatch(
      /^172\.17\.0\.2\twebdb [0-9a-f]{12} db$/m,
    )
    // The daemon forgot the link: inspect shows none, and the parent cannot start again.
    expect(last(`${script}docker inspect -f '{{.HostConfig.Links}}' web`).stdout).toBe('[]\n')
    expect(last(`${script}docker restart web`).stderr).toBe(
      'Error response from daemon: Cannot restart container web: could not get container for db: No such container: db\n',
    )
  })

  it('refuses an -e with no variable name as the client does, before anything else', () => {
    // Checked against the 28.2.2 client: `docker run -e =bad busybox`.
    expect(last('docker run -e =bad busybox')).toMatchObject({
      stderr:
        'invalid argument "=bad" for "-e, --env" flag: invalid environment variable: =bad\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun \'docker run --help\' for more information\n',
      exitCode: 125,
    })
    expect(last('docker run -e A=1 -e B busybox env').exitCode).toBe(0)
  })

  it('words a bare `docker port` as the client does', () => {
    expect(last('docker port')).toMatchObject({
      exitCode: 1,
      stderr: `docker: 'docker port' requires at least 1 and at most 2 arguments\n\nUsage:  docker port CONTAINER [PRIVATE_PORT[/PROTO]]\n\nRun 'docker port --help' for more information\n`,
    })
  })
})

describe('the PORTS column (docker-semantics §11.2)', () => {
  it('collapses unpublished ranges and same-number publications, lists the others', () => {
    const e = last(`docker run -d --name a1 --expose 3000-3003 busybox sleep 9
docker run -d --name a2 -p 3000-3001:3000-3001 nginx
docker run -d --name a3 -p 8000-8001:80-81 busybox sleep 9
docker ps --format '{{.Names}} {{.Ports}}'`)
    expect(e.stdout).toBe(
      [
        'a3 0.0.0.0:8000->80/tcp, [::]:8000->80/tcp, 0.0.0.0:8001->81/tcp, [::]:8001->81/tcp',
        'a2 80/tcp, 0.0.0.0:3000-3001->3000-3001/tcp, [::]:3000-3001->3000-3001/tcp',
        'a1 3000-3003/tcp',
        '',
      ].join('\n'),
    )
  })
})

describe('more daemon and client details', () => {
  it('keeps a --net=container: joiner running when its donor stops', () => {
    expect(
      last(`docker run -d --name plain busybox sleep 100
docker run -d --name joiner --net=container:plain busybox sleep 100
docker stop plain
docker ps --format '{{.Names}}'`).stdout,
    ).toBe('joiner\n')
  })

  it('refuses -v specs as the client and the daemon do', () => {
    expect(last('docker run -v relative:/x:rw:ro busybox').stderr).toBe(
      "docker: invalid spec: relative:/x:rw:ro: too many colons\n\nRun 'docker run --help' for more information\n",
    )
    expect(last('docker run -v /s:/l:bogus busybox').stderr).toBe(
      "docker: Error response from daemon: invalid mode: bogus\n\nRun 'docker run --help' for more information\n",
    )
  })
})
