/**
 * Each daemon's image store, as `docker images` lists it. Docknet pulls nothing (every image
 * is "already there", images.ts), but a daemon holds only what it was asked for: `docker pull`
 * and each container's image (a `docker run` pulls what is missing). An image is kept under
 * its familiar `repository:tag` (docker.io/library/nginx becomes nginx:latest).
 */
import type { HostName, Topology } from './model'
import { sha256Hex } from './sha256'
import { withHost } from './world'

export interface StoredImage {
  /** `repository:tag`, the store's key. */
  readonly key: string
  readonly repository: string
  /** `<none>` for an image pulled by digest only. */
  readonly tag: string
  /** 64 hex characters, derived from the key (Docker's is the config's digest). */
  readonly id: string
  /** Bytes, as `docker images` sizes them (uncompressed). */
  readonly size: number
}

/**
 * Approximate sizes of the linux/amd64 images on Docker Hub, for the catalog's repositories
 * (images.ts); an image outside it is taken to be as small as busybox.
 */
const SIZES: Readonly<Record<string, number>> = {
  busybox: 4_280_000,
  alpine: 8_310_000,
  ubuntu: 78_100_000,
  'base/ubuntu': 78_100_000,
  centos: 231_000_000,
  java: 643_000_000,
  httpd: 148_000_000,
  nginx: 192_000_000,
  mysql: 797_000_000,
  postgres: 438_000_000,
  'training/postgres': 364_000_000,
  'training/webapp': 349_000_000,
  redis: 137_000_000,
  wordpress: 700_000_000,
  'svendowideit/ambassador': 7_240_000,
  'tirtool/oracle11g': 2_200_000_000,
}
const DEFAULT_SIZE = 4_280_000

/** distribution/reference FamiliarString: the name `docker images` shows, and its tag. */
function familiar(ref: string): { repository: string; tag: string } {
  const [named = '', digest] = ref.split('@')
  const slash = named.lastIndexOf('/')
  const colon = named.lastIndexOf(':')
  const tagged = colon > slash
  // Docker Hub's domain and its `library/` namespace are left out of the familiar name.
  const repository = (tagged ? named.slice(0, colon) : named)
    .replace(/^(docker\.io|index\.docker\.io)\//, '')
    .replace(/^library\/(?=[^/]+$)/, '')
  const tag = tagged ? named.slice(colon + 1) : digest !== undefined ? '<none>' : 'latest'
  return { repository, tag }
}

/** The store's key for an image reference: `nginx` → `nginx:latest`. */
export function imageKey(ref: string): string {
  const { repository, tag } = familiar(ref)
  return `${repository}:${tag}`
}

function stored(key: string): StoredImage {
  const colon = key.lastIndexOf(':')
  const repository = key.slice(0, colon)
  return {
    key,
    repository,
    tag: key.slice(colon + 1),
    id: sha256Hex(`docknet image ${key}`),
    size: SIZES[repository] ?? DEFAULT_SIZE,
  }
}

/** The daemon now holds `ref` (a pull, or a container created from it). */
export function holdImage(t: Topology, host: HostName, ref: string): Topology {
  const h = t.hosts.get(host)
  const key = imageKey(ref)
  if (!h || h.images.includes(key)) return t
  return withHost(t, { ...h, images: [...h.images, key] })
}

/** The images a daemon holds, the last arrived first. */
export function hostImages(t: Topology, host: HostName): StoredImage[] {
  return [...(t.hosts.get(host)?.images ?? [])].reverse().map(stored)
}

/**
 * The image a reference names on this daemon (GetImage): by `repository[:tag]`, or by an id
 * or a prefix of one (with or without `sha256:`); null when it holds none.
 */
export function findImage(t: Topology, host: HostName, ref: string): StoredImage | null {
  const images = hostImages(t, host)
  const byName = images.find((i) => i.key === imageKey(ref))
  if (byName) return byName
  const hex = ref.replace(/^sha256:/, '')
  if (!/^[0-9a-f]+$/.test(hex)) return null
  const byId = images.filter((i) => i.id.startsWith(hex))
  return byId.length === 1 ? (byId[0] ?? null) : null
}

/** The daemon forgets the images under `keys` (`docker system prune -a`). */
export function dropImages(t: Topology, host: HostName, keys: ReadonlySet<string>): Topology {
  const h = t.hosts.get(host)
  if (!h) return t
  return withHost(t, { ...h, images: h.images.filter((k) => !keys.has(k)) })
}
