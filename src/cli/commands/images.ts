/**
 * `docker pull`: in Docknet every image is already in the local store (no registry is
 * reachable), so a pull reports it up to date, with a digest derived from the reference.
 */
import { checkImageReference, imageRepo } from '../../engine'
import { clientError, notSimulated } from '../output'
import { flagBool, flagString } from '../spec/parse-flags'
import type { Invocation } from '../spec/types'
import { sha256Hex } from '../../engine'
import type { ShellState, Step } from '../state'

export function pull(state: ShellState, call: Invocation): Step {
  const [ref = ''] = call.args
  const bad = checkImageReference(ref)
  if (bad) return { state, output: clientError(bad) }
  const slash = ref.lastIndexOf('/')
  const colon = ref.lastIndexOf(':')
  const tagged = colon > slash
  if (flagBool(call.flags, 'all-tags') && (tagged || ref.includes('@')))
    return { state, output: clientError("tag can't be used with --all-tags/-a") }
  const tag = tagged ? ref.slice(colon + 1) : 'latest'
  const repo = imageRepo(ref)
  const path = repo.includes('/') ? repo : `library/${repo}`
  const lines = [
    ...(tagged ? [] : ['Using default tag: latest']),
    `${tag}: Pulling from ${path}`,
    `Digest: sha256:${sha256Hex(`${path}:${tag}`)}`,
    `Status: Image is up to date for ${repo}:${tag}`,
    `docker.io/${path}:${tag}`,
  ]
  return { state, output: { stdout: `${lines.join('\n')}\n`, stderr: '', exitCode: 0 } }
}

/** Flags `docker images --tree` cannot take yet (cli image/list.go), in the client's order. */
const NOT_WITH_TREE: readonly [string, string][] = [
  ['quiet', '--quiet'],
  ['no-trunc', '--no-trunc'],
  ['digests', '--show-digest'],
  ['format', '--format'],
]

/** `docker images`: the client's own checks; the image store is not simulated. */
export function images(state: ShellState, call: Invocation): Step {
  const set = (long: string) => (flagString(call.flags, long) ?? 'false') !== 'false'
  const clash = flagBool(call.flags, 'tree') ? NOT_WITH_TREE.find(([long]) => set(long)) : undefined
  if (clash) return { state, output: clientError(`${clash[1]} is not yet supported with --tree`) }
  return { state, output: notSimulated(call.path) }
}
