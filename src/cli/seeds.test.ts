import { describe, expect, it } from 'vitest'
import { runScript } from './index'

/** Runs a script and returns the entry of the last command. */
function last(script: string) {
  const { entries } = runScript(script)
  const e = entries.at(-1)
  if (!e) throw new Error('no command ran')
  return e
}

describe('seed 001: --link on the default bridge', () => {
  const setup = `
docker run -d --name db training/postgres
docker run -d -P --name web --link db:db training/webapp python app.py
`
  it('writes alias, child hostname in the parent /etc/hosts, own line last (docker-semantics §2.2, §3)', () => {
    const out = last(`${setup}docker exec web cat /etc/hosts`).stdout.split('\n')
    expect(out[0]).toBe('127.0.0.1\tlocalhost')
    expect(out[2]).toBe('fe00::\tip6-localnet')
    expect(out[6]).toMatch(/^172\.17\.0\.2\tdb [0-9a-f]{12}$/)
    expect(out[7]).toMatch(/^172\.17\.0\.3\t[0-9a-f]{12}$/)
  })

  it('sets link env vars named after the real port (the seed shows DB_PORT_5000_TCP, which is wrong)', () => {
    const env = last(`${setup}docker run --rm --name web2 --link db:db training/webapp env`).stdout
    expect(env).toContain('DB_NAME=/web2/db\n')
    expect(env).toContain('DB_PORT=tcp://172.17.0.2:5432\n')
    expect(env).toContain('DB_PORT_5432_TCP=tcp://172.17.0.2:5432\n')
    expect(env).toContain('DB_PORT_5432_TCP_ADDR=172.17.0.2\n')
    expect(env).toContain('DB_PORT_5432_TCP_PORT=5432\n')
    expect(env).toContain('DB_PORT_5432_TCP_PROTO=tcp\n')
    expect(env).not.toContain('5000_TCP')
  })

  it('shows the link name in inspect and in ps --no-trunc, but only db in plain ps', () => {
    expect(last(`${setup}docker inspect -f '{{.HostConfig.Links}}' web`).stdout).toBe(
      '[/db:/web/db]\n',
    )
    expect(last(`${setup}docker ps --no-trunc`).stdout).toMatch(/ db,web\/db\n/)
    expect(last(`${setup}docker ps`).stdout).toMatch(/ db\n/)
    expect(last(`${setup}docker ps`).stdout).toMatch(/0\.0\.0\.0:32768->5000\/tcp/)
  })

  it('refuses a link to a missing container with the daemon text and exit 125, changing nothing', () => {
    const { entries, state } = runScript('docker run -d --link nosuch:db busybox')
    expect(entries[0]?.stderr).toBe(
      "docker: Error response from daemon: could not get container for nosuch: No such container: nosuch\n\nRun 'docker run --help' for more information\n",
    )
    expect(entries[0]?.exitCode).toBe(125)
    expect(state.topology.containers.size).toBe(0)
  })
})

describe('seed 003: user-defined bridge DNS and joined containers', () => {
  it('resolves container names through the embedded DNS on a user-defined network', () => {
    const out = last(`
docker network create my_net2
docker run -itd --network=my_net2 --name=bbox1 busybox
docker run --network=my_net2 --name=bbox2 busybox ping -c 3 bbox1`)
    expect(out.stdout.split('\n')[0]).toBe('PING bbox1 (172.18.0.2): 56 data bytes')
    expect(out.stdout).toContain('3 packets transmitted, 3 packets received, 0% packet loss')
    expect(out.exitCode).toBe(0)
  })

  it('does not resolve names on the default bridge (busybox: bad address)', () => {
    const out = last(`
docker run -itd --name c1 busybox
docker run --name c2 busybox ping -c 1 c1`)
    expect(out.stderr).toBe("ping: bad address 'c1'\n")
    expect(out.exitCode).toBe(1)
  })

  it('lets a --net=container: joiner reach the donor httpd on 127.0.0.1', () => {
    const out = last(`
docker run -d -it --name=web1 httpd
docker run --network=container:web1 busybox wget -qO- 127.0.0.1`)
    expect(out.stdout).toBe('<html><body><h1>It works!</h1></body></html>\n')
  })

  it('refuses -p with a container: network mode', () => {
    const out = last(`
docker run -d --name=web1 httpd
docker run -p 80:80 --network=container:web1 busybox`)
    expect(out.stderr).toContain(
      'conflicting options: port publishing and the container type network mode',
    )
    expect(out.exitCode).toBe(125)
  })
})

describe('determinism', () => {
  it('gives byte-identical output for the same script', () => {
    const script =
      'docker run -d --name a busybox sleep 1\ndocker network create n\ndocker run -d --network n -P nginx\ndocker ps -a'
    expect(JSON.stringify(runScript(script).entries)).toBe(
      JSON.stringify(runScript(script).entries),
    )
  })
})

describe('overlay networks across hosts (docs: network/drivers/overlay)', () => {
  const swarm = `
docker context create vm2 --docker host=tcp://192.168.1.11:2375
docker swarm init
`
  it('refuses an overlay outside swarm mode with the daemon text', () => {
    const e = last('docker network create -d overlay ov')
    expect(e.stderr).toBe(
      'Error response from daemon: This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.\n',
    )
    expect(e.exitCode).toBe(1)
  })

  it('lets containers on two hosts reach each other by name on an attachable overlay', () => {
    const { entries } = runScript(`${swarm}docker swarm join-token worker`)
    const token = /--token (\S+)/.exec(entries.at(-1)?.stdout ?? '')?.[1] ?? ''
    const e = last(`${swarm}docker --context vm2 swarm join --token ${token} 192.168.1.10:2377
docker network create -d overlay --attachable ov
docker run -d --name web --network ov nginx
docker --context vm2 run --rm --network ov busybox wget -qO- web`)
    expect(e.stdout).toContain('<title>Welcome to nginx!</title>')
    expect(e.exitCode).toBe(0)
  })

  it('keeps standalone containers off overlays that are not attachable', () => {
    const e = last(`${swarm}docker network create -d overlay ov
docker run -d --network ov busybox`)
    expect(e.stderr).toContain(
      'Could not attach to network ov: rpc error: code = PermissionDenied desc = network ov not manually attachable',
    )
  })
})

describe('an interactive session (docker run -it IMAGE sh)', () => {
  it('runs the following lines inside the container until exit, then stops it', () => {
    const { entries, state } = runScript(`docker run -it --name box busybox sh
hostname
echo hello > /tmp/greeting && cat /tmp/greeting
exit
docker ps -a --format '{{.Names}} {{.Status}}'`)
    expect(entries[1]?.stdout).toMatch(/^[0-9a-f]{12}\n$/)
    expect(entries[2]?.stdout).toBe('hello\n')
    expect(entries[4]?.stdout).toBe('box Exited (0) 1 second ago\n')
    expect(state.inside).toBeNull()
  })
})

describe('network removal', () => {
  it('is refused while a running container is attached, and allowed once it stopped', () => {
    const { entries } = runScript(`docker network create backend
docker run -d --name api --network backend nginx
docker network rm backend
docker stop api
docker network rm backend`)
    expect(entries[2]?.stderr).toMatch(
      /^Error response from daemon: error while removing network: network backend has active endpoints/,
    )
    expect(entries[2]?.exitCode).toBe(1)
    expect(entries[4]).toMatchObject({ stdout: 'backend\n', exitCode: 0 })
  })
})

describe('shell features tutorials rely on', () => {
  it('expands the container environment in a session and in sh -c (link variables)', () => {
    const { entries } = runScript(`docker run -d --name db training/postgres
docker run -it --rm --link db:db busybox sh
echo $DB_PORT_5432_TCP_ADDR "\${DB_NAME}" '$HOME'
exit
docker run --rm --link db:db busybox sh -c 'echo $DB_PORT'`)
    expect(entries[2]?.stdout).toMatch(/^172\.17\.0\.2 \/[a-z]+_[a-z]+\/db \$HOME\n$/)
    expect(entries[4]?.stdout).toBe('tcp://172.17.0.2:5432\n')
  })

  it('substitutes $(...) on the host (docker stop $(docker ps -q))', () => {
    const e = last(`docker run -d --name a1 nginx
docker run -d --name b2 nginx
docker stop $(docker ps -q)`)
    expect(e.stdout.split('\n').filter(Boolean)).toHaveLength(2)
    expect(e.exitCode).toBe(0)
  })

  it('leaves the container running when a docker exec -it shell exits', () => {
    const e = last(`docker run -d --name c1 busybox sleep 1000
docker exec -it c1 sh
exit
docker ps --format '{{.Names}} {{.State}}'`)
    expect(e.stdout).toBe('c1 running\n')
  })
})

describe('container lifecycle details', () => {
  it('runs a one-shot command on docker start, then the container exits', () => {
    const e = last(`docker create --name o1 alpine echo hi
docker start o1
docker ps -a --format '{{.Names}} {{.Status}}'`)
    expect(e.stdout).toBe('o1 Exited (0) 1 second ago\n')
  })

  it('removes a --rm container whose start failed (port already allocated)', () => {
    const e = last(`docker run -d --name web -p 8080:80 nginx
docker run -d --rm -p 8080:80 --name w2 nginx
docker ps -a --format '{{.Names}}'`)
    expect(e.stdout).toBe('web\n')
  })

  it('names the container when a restart fails on a stopped link target', () => {
    const { entries } = runScript(`docker run -d --name db training/postgres
docker run -d --name web --link db:db training/webapp python app.py
docker stop db
docker restart web`)
    expect(entries[3]?.stderr).toBe(
      'Error response from daemon: Cannot restart container web: Cannot link to a non running container: /db AS /web/db\n',
    )
  })

  it('keeps a dotted -h whole as the hostname, and writes full then short name in /etc/hosts', () => {
    const { entries } = runScript(`docker run -d --name h1 -h foo.bar.baz busybox sleep 100
docker exec h1 hostname
docker exec h1 tail -n 1 /etc/hosts`)
    expect(entries[1]?.stdout).toBe('foo.bar.baz\n')
    expect(entries[2]?.stdout).toBe('172.17.0.2\tfoo.bar.baz foo\n')
  })

  it('maps --add-host NAME:host-gateway to the default bridge gateway', () => {
    expect(
      last(
        'docker run --rm --add-host host.docker.internal:host-gateway busybox grep docker.internal /etc/hosts',
      ).stdout,
    ).toBe('172.17.0.1\thost.docker.internal\n')
  })

  it('gives a container only on an --internal network no port mappings', () => {
    const e = last(`docker network create --internal priv
docker run -d --name i2 --network priv -p 8080:80 nginx
docker port i2`)
    expect(e.stdout).toBe('')
  })
})

describe('docker inspect as tutorials use it', () => {
  const setup = 'docker run -d --name db training/postgres\n'
  it('keeps the Engine 28 top-level NetworkSettings.IPAddress (API 1.50)', () => {
    expect(last(`${setup}docker inspect -f '{{.NetworkSettings.IPAddress}}' db`).stdout).toBe(
      '172.17.0.2\n',
    )
  })

  it('prints nil slices as [] like the Go struct, but null in json', () => {
    expect(
      last(`${setup}docker inspect -f '{{.HostConfig.Links}} {{json .HostConfig.Links}}' db`)
        .stdout,
    ).toBe('[] null\n')
  })

  it('finds networks too, and refuses an unknown --type', () => {
    expect(last(`docker inspect -f '{{.Name}} {{.Driver}}' bridge`).stdout).toBe('bridge bridge\n')
    // The docker 28.2.2 client's text.
    expect(last('docker inspect --type bogus x').stderr).toBe(
      'unknown type: "bogus": must be one of "config", "container", "image", "network", "node", "plugin", "secret", "service", "task", "volume"\n',
    )
  })

  it('has a running container’s State.Pid and a Created time', () => {
    expect(
      last(`${setup}docker inspect -f '{{.State.Running}} {{gt .State.Pid 0}} {{.Created}}' db`)
        .stdout,
    ).toMatch(/^true true 2026-11-23T09:00:\d\d\.000000000Z\n$/)
  })
})

describe('process environments', () => {
  it('sets TERM=xterm for a container run with -t (docker-semantics §2.3)', () => {
    expect(last('docker run --rm -t busybox env').stdout).toContain('TERM=xterm\n')
    expect(last('docker run --rm busybox env').stdout).not.toContain('TERM=')
  })

  it('honours docker exec -e, -w and -t', () => {
    const { entries } = runScript(`docker run -d --name c1 busybox sleep 100
docker exec -e FOO=bar c1 printenv FOO
docker exec -w /tmp c1 pwd
docker exec -t c1 printenv TERM`)
    expect(entries.slice(1).map((e) => e.stdout)).toEqual(['bar\n', '/tmp\n', 'xterm\n'])
  })
})

describe('seed 001 follow-up: ping from training/webapp', () => {
  it('has no ping until inetutils-ping is installed, then pings the link alias (inetutils format)', () => {
    const { entries } = runScript(`docker run -d --name db training/postgres
docker run -dit --name web --link db:db training/webapp /bin/bash
docker exec web ping -c 1 db
docker exec web apt-get install -yqq inetutils-ping
docker exec web ping -c 1 db`)
    expect(entries[2]?.exitCode).toBe(127)
    expect(entries[3]).toMatchObject({ stdout: '', stderr: '', exitCode: 0 })
    expect(entries[4]?.stdout.split('\n').slice(0, 2)).toEqual([
      'PING db (172.17.0.2): 48 data bytes',
      expect.stringMatching(/^56 bytes from 172\.17\.0\.2: icmp_seq=0 ttl=64 time=\d\.\d{3} ms$/),
    ])
  })
})

describe('logs, pulls and missing commands', () => {
  it('keeps what the main process printed for docker logs', () => {
    expect(
      last(`docker run -d --name lg busybox sh -c 'echo started; sleep 100'\ndocker logs lg`)
        .stdout,
    ).toBe('started\n')
  })

  it('reports an image as already pulled', () => {
    expect(last('docker pull svendowideit/ambassador').stdout).toMatch(
      /^Using default tag: latest\nlatest: Pulling from svendowideit\/ambassador\nDigest: sha256:[0-9a-f]{64}\nStatus: Image is up to date for svendowideit\/ambassador:latest\ndocker\.io\/svendowideit\/ambassador:latest\n$/,
    )
  })

  it('fails a run whose command is not in the image with the runtime error and status 127', () => {
    const e = last('docker run --name fg4 busybox nosuchcmd')
    expect(e.exitCode).toBe(127)
    expect(e.stderr).toContain('exec: "nosuchcmd": executable file not found in $PATH: unknown')
  })
})
