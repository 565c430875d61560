/**
 * Deterministic identities. Docker draws ids, generated names and (since Engine 28) MAC
 * addresses at random; Docknet derives them from a counter kept in the Topology, so the
 * same script always produces the same output, byte for byte.
 */

/** A 32-bit mix (murmur3's finaliser): well spread, cheap, reproducible everywhere. */
function mix32(x: number): number {
  let h = x | 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** `count` pseudo-random 32-bit words for (salt, n). */
function words(salt: number, n: number, count: number): number[] {
  const out: number[] = []
  let state = mix32(salt * 0x9e3779b1 + n)
  for (let i = 0; i < count; i++) {
    state = mix32(state + 0x6d2b79f5 + i)
    out.push(state)
  }
  return out
}

function hex32(w: number): string {
  return w.toString(16).padStart(8, '0')
}

/** A 64-hex id like Docker's, for counter value n. */
export function makeId(n: number): string {
  return words(1, n, 8).map(hex32).join('')
}

/** A locally administered unicast MAC (Engine 28 draws these at random). */
export function makeMac(n: number): string {
  const [a = 0, b = 0] = words(2, n, 2)
  const bytes = [(a >>> 24) & 0xff, (a >>> 16) & 0xff, (a >>> 8) & 0xff, a & 0xff, b & 0xff]
  const first = ((b >>> 8) & 0xfe) | 0x02
  return [first, ...bytes].map((x) => x.toString(16).padStart(2, '0')).join(':')
}

const ADJECTIVES = [
  'admiring',
  'affectionate',
  'amazing',
  'angry',
  'awesome',
  'blissful',
  'bold',
  'brave',
  'busy',
  'charming',
  'clever',
  'compassionate',
  'competent',
  'confident',
  'cool',
  'dazzling',
  'determined',
  'eager',
  'ecstatic',
  'elastic',
  'elegant',
  'epic',
  'exciting',
  'focused',
  'friendly',
  'funny',
  'gallant',
  'gifted',
  'goofy',
  'gracious',
  'happy',
  'hopeful',
  'jolly',
  'keen',
  'kind',
  'loving',
  'lucid',
  'magical',
  'modest',
  'nice',
  'nifty',
  'optimistic',
  'peaceful',
  'pensive',
  'practical',
  'quirky',
  'relaxed',
  'sad',
  'serene',
  'sharp',
  'stoic',
  'sweet',
  'tender',
  'trusting',
  'upbeat',
  'vibrant',
  'wizardly',
  'youthful',
  'zealous',
]

const SURNAMES = [
  'albattani',
  'allen',
  'archimedes',
  'babbage',
  'bardeen',
  'bell',
  'blackwell',
  'bohr',
  'brattain',
  'cannon',
  'carson',
  'cori',
  'curie',
  'darwin',
  'dijkstra',
  'easley',
  'einstein',
  'elion',
  'euclid',
  'euler',
  'fermat',
  'fermi',
  'feynman',
  'franklin',
  'galileo',
  'gauss',
  'goldberg',
  'hamilton',
  'hawking',
  'hopper',
  'hypatia',
  'jackson',
  'johnson',
  'kepler',
  'knuth',
  'lamport',
  'liskov',
  'lovelace',
  'mayer',
  'mcclintock',
  'meitner',
  'newton',
  'noether',
  'pascal',
  'perlman',
  'ritchie',
  'shannon',
  'sinoussi',
  'tesla',
  'thompson',
  'torvalds',
  'turing',
  'wilson',
  'wozniak',
  'wright',
  'yalow',
]

/** A generated `adjective_surname` container name, as Docker gives unnamed containers. */
export function makeName(n: number, retry: number): string {
  const [a = 0, b = 0] = words(3, n, 2)
  const name = `${ADJECTIVES[a % ADJECTIVES.length]}_${SURNAMES[b % SURNAMES.length]}`
  return retry > 0 ? `${name}${retry}` : name
}

/** The first 12 hex characters, as `docker ps` and default hostnames show an id. */
export function shortId(id: string): string {
  return id.slice(0, 12)
}

/** A 25-character swarm object id (nodes, overlay networks), lower-case base 36 like Docker's. */
export function makeSwarmId(n: number): string {
  return words(4, n, 5)
    .map((w) => w.toString(36).padStart(7, '0').slice(-5))
    .join('')
}

/** The host pid of a running container's main process (inspect's State.Pid, `ps`, `docker top`). */
export function mainPid(c: { readonly seq: number }): number {
  return 1000 + 10 * (c.seq % 9000)
}
