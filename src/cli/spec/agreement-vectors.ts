/**
 * Command lines for the differential test against the real docker client
 * (client-agreement.test.ts): for each covered command, a seeded choice of flag and argument
 * fragments, good and bad, and the lines the "Fidelity, round 2" issue names. Pure data.
 */

interface Fragments {
  /** Flag fragments, each one or two words (`-n 3`, `--bogus`). */
  readonly flags: readonly string[]
  /** Positional arguments to pick from (the count is chosen too). */
  readonly args: readonly string[]
}

const FORMAT = ['--format json', "--format '{{.Name}}'"]
const LISTING = [...FORMAT, '-q', '--quiet=maybe', '--no-trunc', '-f name=x', '-f bad', '--bogus']

const FRAGMENTS: Readonly<Record<string, Fragments>> = {
  run: {
    flags: [
      '-d',
      '--rm',
      '--name web',
      '-p 8080:80',
      '-p 99999:80',
      '--dns 1.1.1.1',
      '--dns bad',
      '--restart always',
      '--restart on-failure:3',
      '--restart on-failure:x',
      '--add-host a:1.2.3.4',
      '--add-host a=1.2.3.4',
      '--add-host a',
      '-e A=1',
      '-e =x',
      '--link a:b:c',
      '-v data:/data',
      '-v :/x',
      '-m x',
      '--cpus x',
      '--domainname example.com',
      '-rm',
      '--bogus',
    ],
    args: ['busybox', 'sh', '-c', 'true'],
  },
  create: {
    flags: ['--name web', '-p 80', '--expose 80000', '--ip 1.2.3', '-l =x', '--net host', '-x'],
    args: ['busybox', 'env'],
  },
  start: { flags: ['-a', '-i', '--detach-keys x', '--bogus', '-z'], args: ['web', 'db'] },
  stop: { flags: ['-t 3', '-t x', '-s KILL', '--time 3', '--timeout=x'], args: ['web', 'db'] },
  restart: { flags: ['-t 3', '-t x', '--signal KILL', '--bogus'], args: ['web', 'db'] },
  kill: { flags: ['-s KILL', '--signal', '--bogus'], args: ['web', 'db'] },
  rm: { flags: ['-f', '-v', '-l', '--force=x', '--bogus'], args: ['web', 'db'] },
  rename: { flags: ['--bogus', '-f'], args: ['web', 'new'] },
  ps: { flags: [...LISTING, '-a', '-n 3', '-n x', '-l', '--last=', '-s'], args: ['x'] },
  port: { flags: ['--bogus', '-a'], args: ['web', '80/tcp', '81'] },
  logs: {
    flags: ['-f', '-n 5', '-n x', '--tail all', '--since 1m', '-t', '--bogus'],
    args: ['web', 'db'],
  },
  exec: {
    flags: ['-it', '-d', '-e A=1', '-e =x', '-u root', '-w /tmp', '--privileged', '--bogus'],
    args: ['web', 'ls', '-l'],
  },
  inspect: {
    flags: [...FORMAT, '-s', '--type container', '--type bogus', '--bogus'],
    args: ['web', 'db'],
  },
  'container inspect': {
    flags: [...FORMAT, '-s', '--type container', '--bogus'],
    args: ['web', 'db'],
  },
  top: { flags: ['--bogus', '-x'], args: ['web', 'aux'] },
  images: { flags: [...LISTING, '-a', '--digests'], args: ['busybox', 'nginx'] },
  pull: { flags: ['-a', '-q', '--platform linux/amd64', '--bogus'], args: ['busybox', 'nginx'] },
  'network create': {
    flags: [
      '-d bridge',
      '--subnet 10.9.0.0/24',
      '--ipv6',
      '--internal',
      '-o a=b',
      '--label =x',
      '--bogus',
    ],
    args: ['n1', 'n2'],
  },
  'network ls': { flags: LISTING, args: ['x'] },
  'network inspect': { flags: [...FORMAT, '-v', '--bogus'], args: ['bridge', 'n1'] },
  'network connect': {
    flags: ['--alias x', '--ip 10.9.0.5', '--link a:b', '--bogus'],
    args: ['n1', 'web', 'x'],
  },
  'network disconnect': { flags: ['-f', '--bogus'], args: ['n1', 'web', 'x'] },
  'network rm': { flags: ['-f', '--bogus'], args: ['n1', 'n2'] },
  'network prune': { flags: ['-f', '--filter until=1h', '--filter bad', '--bogus'], args: ['x'] },
  'volume create': { flags: ['-d local', '--label =x', '-o a=b', '--bogus'], args: ['v1', 'v2'] },
  'volume ls': { flags: LISTING, args: ['x'] },
  'volume inspect': { flags: [...FORMAT, '--bogus'], args: ['v1', 'v2'] },
  'volume rm': { flags: ['-f', '--bogus'], args: ['v1', 'v2'] },
  'volume prune': { flags: ['-f', '-a', '--filter bad', '--bogus'], args: ['x'] },
  'context create': {
    flags: [
      '--docker host=tcp://192.168.1.20:2375',
      '--docker bogus',
      '--description d',
      '--bogus',
    ],
    args: ['vm2', 'vm3'],
  },
  'context use': { flags: ['--bogus'], args: ['default', 'x'] },
  'context ls': { flags: ['--format json', '-q', '--bogus'], args: ['x'] },
  'context inspect': { flags: ['--format json', '--bogus'], args: ['default'] },
  'context rm': { flags: ['-f', '--bogus'], args: ['vm2', 'vm3'] },
  'system info': { flags: FORMAT, args: ['x'] },
  'system df': { flags: ['-v', '--format json', '--bogus'], args: ['x'] },
  'system prune': { flags: ['-a', '-f', '--volumes', '--filter bad', '--bogus'], args: ['x'] },
  version: { flags: [...FORMAT, '--bogus'], args: ['x'] },
  info: { flags: [...FORMAT, '-q'], args: ['x'] },
  'swarm init': {
    flags: [
      '--advertise-addr 192.168.1.10',
      '--cert-expiry x',
      '--data-path-port 70000',
      '--bogus',
    ],
    args: ['x'],
  },
  'swarm join': {
    flags: ['--token t', '--listen-addr 0.0.0.0:2377', '--bogus'],
    args: ['192.168.1.10:2377', 'x'],
  },
  'swarm join-token': { flags: ['-q', '--rotate', '--bogus'], args: ['worker', 'x'] },
}

/** Lines the issue names, and parse-order cases (an unknown flag before and after others). */
const NAMED = [
  'docker ps -n x',
  'docker ps --bogus -n x',
  'docker ps -n x --bogus',
  'docker network rm -f',
  'docker volume ls -f dangling=true',
  'docker network create --ipv6 n1',
  'docker run --domainname example.com busybox',
  'docker run --dns bad busybox',
  'docker run --restart on-failure:x busybox',
  'docker run --add-host a=1.2.3.4 busybox',
  'docker run --add-host name=host-gateway busybox',
  'docker run --add-host name=[::1] busybox',
  'docker run -v a:b:c:d busybox',
  'docker run -v relative:/x:rw:ro busybox',
  'docker run -e =x busybox',
  'docker run --link a:b:c busybox',
  'docker exec --privileged web ls',
  'docker context create --docker bogus vm2',
  'docker rename --bogus a b',
  'docker rename a',
  'docker logs',
  'docker port',
  'docker context use',
  'docker container ls x',
  'docker container list --bogus',
  'docker network remove',
  'docker network bogus',
  'docker volume bogus',
  'docker container bogus',
  'docker system bogus',
  'docker bogus',
  'docker --bogus ps',
  'docker -x ps',
  'docker --context',
  'docker -D ps -q',
  'docker --log-level x ps',
  'docker -l debug ps',
  'docker --context default -H unix:///var/run/docker.sock ps',
  'docker -H a -H b ps',
  'docker --config /tmp/x ps --bogus',
  'docker -v',
  'docker swarm join-token bogus',
  'docker swarm bogus',
  'docker swarm',
  'docker run -a stdin -d busybox',
  'docker run --mac-address x busybox',
  'docker run --mac-address 02:42:ac:11:00:02 busybox',
  'docker run --cgroupns x busybox',
  'docker run --pid x busybox',
  'docker run --pid container:web busybox',
  'docker run --health-interval -1s busybox',
  'docker run --memory-swappiness 200 busybox',
  'docker run --userns x busybox',
  'docker run --uts x busybox',
  'docker run --ipc x busybox',
  'docker run --pull x busybox',
  'docker run --gpus x busybox',
  'docker run --gpus all busybox',
  'docker run --sysctl x busybox',
  'docker run --sysctl net.ipv4.ip_forward=1 busybox',
  'docker run --security-opt x busybox',
  'docker run --security-opt no-new-privileges busybox',
  'docker run --storage-opt x busybox',
  'docker run --env-file /nonexistent busybox',
  'docker run --label-file /nonexistent busybox',
  'docker run --network name=x,alias=y busybox',
  'docker run --no-healthcheck --health-cmd x busybox',
  'docker run --health-retries -1 busybox',
  'docker run --log-driver none --log-opt a=b busybox',
  'docker run --attach bogus busybox',
  'docker run --device-read-bps x busybox',
  'docker run --device-read-bps /dev/sda:1mb busybox',
  'docker run --device-write-iops /dev/sda:x busybox',
  'docker run --blkio-weight-device x busybox',
  'docker run --blkio-weight-device /dev/sda:5 busybox',
  'docker run --memory-swap x busybox',
  'docker run --memory-swap -1 busybox',
  'docker run -m 1k busybox',
  'docker run --ulimit nofile=x busybox',
  'docker run --ulimit bogus=1 busybox',
  'docker run --ulimit nofile=10:5 busybox',
  'docker run --ulimit nofile=1024:2048 busybox',
  'docker run --mount type=bind busybox',
  'docker run --mount type=bind,source=/a,target=/b busybox',
  'docker run --mount foo=bar,target=/b busybox',
  'docker run --expose 80-70 busybox',
  'docker run -p 80/xx busybox',
  'docker run --restart unless-stopped:3 busybox',
  'docker run --volumes-from a:b:c busybox',
  'docker run -v /a:/b:xyz busybox',
  'docker run --shm-size x busybox',
  'docker run --health-timeout 1x busybox',
  'docker logs --since x web',
  'docker logs -n -5 web',
  'docker network create --aux-address x n1',
  'docker network create --ipam-opt x n1',
  'docker network create --subnet bad n1',
  'docker network create --gateway 1.2.3.4 n1',
  'docker network create --ip-range 10.0.0.0/24 n1',
  'docker network create --subnet 10.9.0.0/24 --gateway 10.9.0.1 n1',
  'docker network create --ipv4=false n1',
  'docker network connect --driver-opt x n1 web',
  'docker network connect --driver-opt a=b n1 web',
  'docker network connect --link a:b:c n1 web',
  'docker network connect --gw-priority x n1 web',
  'docker network ls --filter driver=bridge',
  'docker volume create --name v1 v2',
  'docker volume create --name v1',
  'docker volume create --limit-bytes x v1',
  'docker volume prune --filter bad',
  'docker context create --docker host=x vm2',
  'docker context create --docker host=tcp://1.2.3.4:2375 --from default vm2',
  'docker context create --docker skip-tls-verify=x vm2',
  'docker context create --docker bogus=1 vm2',
  'docker context create --description d vm2',
  'docker context create default',
  'docker system prune --filter x',
  'docker images --filter bad',
  'docker pull BAD!',
  'docker pull -a busybox:latest',
  'docker pull busybox@sha256:x',
  'docker exec -d -it web sh',
  'docker exec --env-file /nonexistent web sh',
  'docker stop -t -5 web',
  'docker rm -f -v -l web',
  'docker port web 80/xx',
  'docker top web aux -x',
  "docker ps --format 'table {{.ID}}'",
  "docker ps --format '{{.Name}}'",
  "docker ps --format '{{'",
  'docker ps --format \'{{.Names}} {{.Label "x"}} {{.Size}} {{json .}}\'',
  'docker ps -n 0x10 -a',
  "docker rename web ''",
  'docker rename web web',
  'docker start -a web db',
  'docker restart --time 3 -t 3 web',
  'docker inspect --type bogus web',
  "docker inspect --type '' web",
  'docker network',
  'docker volume',
  'docker context',
  'docker system',
  'docker container',
  'docker network --help',
  'docker container --help',
  'docker volume --help',
  'docker context --help',
  'docker system --help',
  'docker swarm --help',
  'docker attach --help',
  'docker commit --help',
  'docker cp --help',
  'docker diff',
  'docker export a b',
  'docker pause',
  'docker container prune x',
  'docker stats --bogus',
  'docker stats -a --no-stream',
  'docker unpause --help',
  'docker update --help',
  'docker update -m x web',
  'docker wait',
  'docker volume update --help',
  'docker volume update',
  'docker system events --help',
  'docker system events --filter bad',
  'docker context export --help',
  'docker context import x',
  'docker context update --help',
  'docker swarm ca --help',
  'docker swarm leave x',
  'docker swarm unlock --help',
  'docker swarm unlock-key --help',
  'docker swarm update --help',
]

/** mulberry32: a small seeded generator, so the list is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)] as T
}

/** `perCommand` random lines per command, its `--help`, and the named lines. */
export function agreementVectors(seed = 20261206, perCommand = 8): string[] {
  const next = seeded(seed)
  const lines = new Set<string>()
  for (const [path, { flags, args }] of Object.entries(FRAGMENTS)) {
    lines.add(`docker ${path} --help`)
    for (let i = 0; i < perCommand; i++) {
      const chosenFlags = Array.from({ length: Math.floor(next() * 3) }, () => pick(next, flags))
      const chosenArgs = args.slice(0, Math.floor(next() * (args.length + 1)))
      lines.add(['docker', path, ...chosenFlags, ...chosenArgs].join(' '))
    }
  }
  for (const line of NAMED) lines.add(line)
  return [...lines]
}
