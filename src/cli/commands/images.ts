/**
 * `docker pull`: in Docknet every image is already in the local store (no registry is
 * reachable), so a pull reports it up to date, with a digest derived from the reference.
 */
import { checkImageReference, imageRepo } from '../../engine'
import { clientError } from '../output'
import { flagBool } from '../spec/parse-flags'
import type { Invocation } from '../spec/types'
import { sha256Hex } from '../sha256'
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
