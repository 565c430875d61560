/**
 * `docker system df` (docker/cli v28.2.2 cli/command/formatter/disk_usage.go): images,
 * containers, local volumes and build cache, each with its count, how many are in use, its
 * size and what a prune could free. Sizes are the simulated ones: an image's catalogue size,
 * the bytes a container wrote in its own layer, the bytes of a volume's files. Docknet builds
 * nothing, so the build cache is empty.
 */
import { hostImages, imageKey, utf8Bytes, volumeUsers, type Topology } from '../../engine'
import { formatRows } from '../format'
import { flagBool, flagString } from '../spec/parse-flags'
import type { Invocation } from '../spec/types'
import type { ShellState, Step } from '../state'
import { humanSize } from './images'

const bytesOf = (files: Readonly<Record<string, string>>) =>
  Object.values(files).reduce((n, text) => n + utf8Bytes(text).length, 0)

/** `SIZE (P%)`, or the size alone when there is nothing at all (Reclaimable()). */
function reclaimable(free: number, total: number): string {
  return total > 0
    ? `${humanSize(free, 4)} (${Math.floor((free * 100) / total)}%)`
    : humanSize(free, 4)
}

type UsageRow = {
  readonly Type: string
  readonly TotalCount: string
  readonly Active: string
  readonly Size: string
  readonly Reclaimable: string
}

function usageRows(t: Topology, host: string): UsageRow[] {
  const containers = [...t.containers.values()].filter((c) => c.host === host)
  const inUse = new Set(containers.map((c) => imageKey(c.image)))
  const images = hostImages(t, host)
  const imageBytes = images.reduce((n, i) => n + i.size, 0)
  const usedBytes = images.filter((i) => inUse.has(i.key)).reduce((n, i) => n + i.size, 0)
  const running = containers.filter((c) => c.state === 'running')
  const layerBytes = containers.reduce((n, c) => n + bytesOf(c.files), 0)
  const stoppedBytes = containers
    .filter((c) => c.state !== 'running')
    .reduce((n, c) => n + bytesOf(c.files), 0)
  const volumes = [...t.volumes.values()].filter((v) => v.host === host)
  const used = volumes.filter((v) => volumeUsers(t, host, v.name).length > 0)
  const volumeBytes = volumes.reduce((n, v) => n + bytesOf(v.files), 0)
  const unusedBytes = volumeBytes - used.reduce((n, v) => n + bytesOf(v.files), 0)
  return [
    {
      Type: 'Images',
      TotalCount: String(images.length),
      Active: String(images.filter((i) => inUse.has(i.key)).length),
      Size: humanSize(imageBytes, 4),
      Reclaimable: reclaimable(imageBytes - usedBytes, imageBytes),
    },
    {
      Type: 'Containers',
      TotalCount: String(containers.length),
      Active: String(running.length),
      Size: humanSize(layerBytes, 4),
      Reclaimable: reclaimable(stoppedBytes, layerBytes),
    },
    {
      Type: 'Local Volumes',
      TotalCount: String(volumes.length),
      Active: String(used.length),
      Size: humanSize(volumeBytes, 4),
      Reclaimable: reclaimable(unusedBytes, volumeBytes),
    },
    { Type: 'Build Cache', TotalCount: '0', Active: '0', Size: '0B', Reclaimable: '0B' },
  ]
}

const HEADERS = {
  Type: 'TYPE',
  TotalCount: 'TOTAL',
  Active: 'ACTIVE',
  Size: 'SIZE',
  Reclaimable: 'RECLAIMABLE',
}

export function systemDf(state: ShellState, call: Invocation): Step {
  if (flagBool(call.flags, 'verbose'))
    return {
      state,
      output: {
        stdout: '',
        stderr: "docknet: 'docker system df -v' is not simulated (the summary is)\n",
        exitCode: 1,
      },
    }
  const format =
    flagString(call.flags, 'format') ??
    'table {{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}'
  const rows = usageRows(state.topology, state.currentHost)
  return { state, output: formatRows(state.templates, format, rows, HEADERS) }
}
