/**
 * Command lines for the differential test against the real docker client
 * (client-agreement.test.ts): for each covered command, a seeded choice of flag and argument
 * fragments, good and bad, and the lines the "Fidelity, round 2" issue names. Pure data.
 */

import { NAMED } from './agreement-lines'

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
