/**
 * A small image catalog: what the seeds' images and common ones declare (EXPOSE, ENV, CMD)
 * and what runs in them. Unknown images work too: no exposed ports, no service, a busybox-
 * like userland.
 */
import { engineError, type EngineError } from './error-core'
import type { ExposedPort } from './port-spec'

export type PingFlavour = 'busybox' | 'iputils' | 'inetutils'
export type ServiceKind = 'http' | 'mysql' | 'postgres' | 'redis' | 'oracle' | 'webapp'

export interface ImageInfo {
  /** Repository without registry prefix or tag: `mysql`, `training/postgres`. */
  readonly repo: string
  readonly exposed: readonly ExposedPort[]
  readonly env: readonly string[]
  readonly cmd: readonly string[]
  /** What the default command serves on its exposed ports; null for a plain userland. */
  readonly service: ServiceKind | null
  /** Forwards `*_PORT_<n>_TCP=tcp://ip:port` variables with socat (the ambassador pattern). */
  readonly ambassador: boolean
  readonly ping: PingFlavour | null
  readonly shell: 'sh' | 'bash'
  readonly workdir: string
  readonly known: boolean
}

const PATH_DEFAULT = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

function tcp(...ports: number[]): ExposedPort[] {
  return ports.map((port) => ({ port, proto: 'tcp' as const }))
}

interface Entry extends Omit<ImageInfo, 'repo' | 'known' | 'ambassador'> {
  readonly ambassador?: boolean
}

/** busybox, and what an unknown image is taken to be: a shell, no ports, no service. */
const PLAIN_USERLAND: Entry = {
  exposed: [],
  env: [PATH_DEFAULT],
  cmd: ['sh'],
  service: null,
  ping: 'busybox',
  shell: 'sh',
  workdir: '/',
}

/** Ubuntu, also under the old `base/ubuntu` name the seed notes use: no ping until installed. */
const UBUNTU: Entry = {
  exposed: [],
  env: [PATH_DEFAULT],
  cmd: ['/bin/bash'],
  service: null,
  ping: null,
  shell: 'bash',
  workdir: '/',
}

const CATALOG: Readonly<Record<string, Entry>> = {
  busybox: PLAIN_USERLAND,
  alpine: {
    exposed: [],
    env: [PATH_DEFAULT],
    cmd: ['/bin/sh'],
    service: null,
    ping: 'busybox',
    shell: 'sh',
    workdir: '/',
  },
  ubuntu: UBUNTU,
  'base/ubuntu': UBUNTU,
  centos: {
    exposed: [],
    env: [PATH_DEFAULT],
    cmd: ['/bin/bash'],
    service: null,
    ping: 'iputils',
    shell: 'bash',
    workdir: '/',
  },
  java: {
    exposed: [],
    env: [
      PATH_DEFAULT,
      'LANG=C.UTF-8',
      'JAVA_HOME=/usr/lib/jvm/java-8-openjdk-amd64',
      'JAVA_VERSION=8u111',
    ],
    cmd: ['/bin/bash'],
    service: null,
    ping: 'iputils',
    shell: 'bash',
    workdir: '/',
  },
  httpd: {
    exposed: tcp(80),
    env: [
      'PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'HTTPD_PREFIX=/usr/local/apache2',
      'HTTPD_VERSION=2.4.63',
    ],
    cmd: ['httpd-foreground'],
    service: 'http',
    ping: 'iputils',
    shell: 'bash',
    workdir: '/usr/local/apache2',
  },
  nginx: {
    exposed: tcp(80),
    env: [PATH_DEFAULT, 'NGINX_VERSION=1.29.1', 'NJS_VERSION=0.9.1', 'PKG_RELEASE=1~bookworm'],
    cmd: ['nginx', '-g', 'daemon off;'],
    service: 'http',
    ping: 'iputils',
    shell: 'bash',
    workdir: '/',
  },
  mysql: {
    exposed: tcp(3306, 33060),
    env: [
      PATH_DEFAULT,
      'GOSU_VERSION=1.17',
      'MYSQL_MAJOR=8.4',
      'MYSQL_VERSION=8.4.6-1.el9',
      'MYSQL_SHELL_VERSION=8.4.6-1.el9',
    ],
    cmd: ['mysqld'],
    service: 'mysql',
    ping: 'iputils',
    shell: 'bash',
    workdir: '/',
  },
  postgres: {
    exposed: tcp(5432),
    env: [
      PATH_DEFAULT.replace('/usr/local/sbin:', '/usr/local/sbin:/usr/lib/postgresql/17/bin:'),
      'GOSU_VERSION=1.17',
      'LANG=en_US.utf8',
      'PG_MAJOR=17',
      'PG_VERSION=17.6-1.pgdg120+1',
      'PGDATA=/var/lib/postgresql/data',
    ],
    cmd: ['postgres'],
    service: 'postgres',
    ping: 'iputils',
    shell: 'bash',
    workdir: '/',
  },
  'training/postgres': {
    exposed: tcp(5432),
    env: [PATH_DEFAULT, 'PG_VERSION=9.3'],
    cmd: [
      'su',
      'postgres',
      '-c',
      '/usr/lib/postgresql/9.3/bin/postgres -D /var/lib/postgresql/9.3/main -c config_file=/etc/postgresql/9.3/main/postgresql.conf',
    ],
    service: 'postgres',
    ping: null,
    shell: 'bash',
    workdir: '/',
  },
  'training/webapp': {
    exposed: tcp(5000),
    env: [PATH_DEFAULT],
    cmd: ['python', 'app.py'],
    service: 'webapp',
    ping: null,
    shell: 'bash',
    workdir: '/opt/webapp',
  },
  redis: {
    exposed: tcp(6379),
    env: [
      PATH_DEFAULT,
      'REDIS_DOWNLOAD_URL=http://download.redis.io/releases/redis-8.2.1.tar.gz',
      'REDIS_VERSION=8.2.1',
    ],
    cmd: ['redis-server'],
    service: 'redis',
    ping: null,
    shell: 'bash',
    workdir: '/data',
  },
  wordpress: {
    exposed: tcp(80),
    env: [PATH_DEFAULT, 'PHP_INI_DIR=/usr/local/etc/php', 'PHP_VERSION=8.3.25'],
    cmd: ['apache2-foreground'],
    service: 'http',
    ping: null,
    shell: 'bash',
    workdir: '/var/www/html',
  },
  'svendowideit/ambassador': {
    exposed: [],
    env: [PATH_DEFAULT],
    cmd: ['/bin/sh', '-c', 'env | grep _TCP= | (sed ... socat ...) && wait'],
    service: null,
    ping: 'busybox',
    shell: 'sh',
    workdir: '/',
    ambassador: true,
  },
  'tirtool/oracle11g': {
    exposed: tcp(22, 1521, 8080),
    env: [PATH_DEFAULT, 'ORACLE_HOME=/u01/app/oracle/product/11.2.0/xe', 'ORACLE_SID=XE'],
    cmd: ['/bin/sh', '-c', '/usr/sbin/startup.sh && /usr/sbin/sshd -D'],
    service: 'oracle',
    ping: 'iputils',
    shell: 'bash',
    workdir: '/',
  },
}

/** `docker.io/library/busybox:1.36` → `busybox`; `training/webapp:latest` → `training/webapp`. */
export function imageRepo(image: string): string {
  let ref = image.split('@')[0] ?? image
  const slash = ref.lastIndexOf('/')
  const colon = ref.lastIndexOf(':')
  if (colon > slash) ref = ref.slice(0, colon)
  const parts = ref.split('/')
  const first = parts[0] ?? ''
  if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    parts.shift()
  }
  if (parts[0] === 'library' && parts.length > 1) parts.shift()
  return parts.join('/')
}

/** `busybox` → `busybox:latest`, as `docker ps` and inspect show the image. */
export function imageWithTag(image: string): string {
  const slash = image.lastIndexOf('/')
  const colon = image.lastIndexOf(':')
  return colon > slash || image.includes('@') ? image : `${image}:latest`
}

const lookupCache = new Map<string, ImageInfo>()

/** The catalog entry for an image reference; unknown images get a neutral entry. */
export function lookupImage(image: string): ImageInfo {
  let info = lookupCache.get(image)
  if (!info) {
    info = buildImageInfo(image)
    lookupCache.set(image, info)
  }
  return info
}

function buildImageInfo(image: string): ImageInfo {
  const repo = imageRepo(image)
  const entry = CATALOG[repo]
  if (entry) return { ...entry, repo, known: true, ambassador: entry.ambassador ?? false }
  return {
    ...PLAIN_USERLAND,
    repo,
    known: false,
    // The seeds run the ambassador image under a local name (`ambassador`).
    ambassador: repo === 'ambassador' || repo.endsWith('/ambassador'),
  }
}

/** The repositories of the catalog, for palettes and help. */
export function catalogImages(): string[] {
  return Object.keys(CATALOG)
}

const PATH_COMPONENT = '[a-zA-Z0-9]+(?:(?:[._]|__|-+)[a-zA-Z0-9]+)*'
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])'
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`
const TAG = '[\\w][\\w.-]{0,127}'
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}'
const REFERENCE = new RegExp(
  `^((?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*)(?::(${TAG}))?(?:@(${DIGEST}))?$`,
)

/** distribution/reference splitDockerDomain: the repository path as Docker Hub would name it. */
function remoteName(ref: string): string {
  const slash = ref.indexOf('/')
  const first = slash < 0 ? '' : ref.slice(0, slash)
  const isDomain =
    slash >= 0 && (/[.:]/.test(first) || first === 'localhost' || first !== first.toLowerCase())
  const domain = isDomain ? first : 'docker.io'
  const rest = isDomain ? ref.slice(slash + 1) : ref
  const remainder =
    ['docker.io', 'index.docker.io'].includes(domain) && !rest.includes('/')
      ? `library/${rest}`
      : rest
  const colon = remainder.indexOf(':')
  return colon < 0 ? remainder : remainder.slice(0, colon)
}

/**
 * The docker client's check of an image reference (distribution/reference ParseNormalizedNamed):
 * null when valid, else its coded refusal. The case of the repository is checked before the rest.
 */
export function checkImageReference(ref: string): EngineError | null {
  if (/^[a-f0-9]{64}$/.test(ref)) return engineError('IMAGE_REF_HEX', { ref })
  const remote = remoteName(ref)
  if (remote !== remote.toLowerCase()) return engineError('IMAGE_REF_UPPERCASE', { remote })
  return REFERENCE.test(ref) ? null : engineError('IMAGE_REF_FORMAT')
}
