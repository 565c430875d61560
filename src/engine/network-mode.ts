/**
 * HostConfig.NetworkMode between Docker's string and the engine's union. The string's grammar
 * is moby v28.2.2 api/types/container/hostconfig.go (IsBridge, IsHost, IsNone, IsContainer,
 * IsDefault) with hostconfig_unix.go IsUserDefined: anything else names a network.
 */
import type { Container, NetworkMode } from './model'

export const BRIDGE_MODE: NetworkMode = { kind: 'bridge' }
export const HOST_MODE: NetworkMode = { kind: 'host' }
export const NONE_MODE: NetworkMode = { kind: 'none' }

const CONTAINER_PREFIX = 'container:'

/**
 * Reads a `--network` value or a stored NetworkMode. Empty and `default` are the default
 * bridge: since Engine 26 the daemon stores `bridge` for them (daemon/daemon.go migrates
 * older containers the same way).
 */
export function parseNetworkMode(text: string): NetworkMode {
  if (text === '' || text === 'default' || text === 'bridge') return BRIDGE_MODE
  if (text === 'host') return HOST_MODE
  if (text === 'none') return NONE_MODE
  if (text.startsWith(CONTAINER_PREFIX))
    return { kind: 'container', ref: text.slice(CONTAINER_PREFIX.length) }
  return { kind: 'network', ref: text }
}

/** HostConfig.NetworkMode as `docker inspect` prints it. */
export function networkModeText(mode: NetworkMode): string {
  switch (mode.kind) {
    case 'bridge':
    case 'host':
    case 'none':
      return mode.kind
    case 'container':
      return `${CONTAINER_PREFIX}${mode.ref}`
    case 'network':
      return mode.ref
  }
}

/** The container runs in its host's network namespace (`--network host`). */
export function usesHostNetwork(c: Container): boolean {
  return c.networkMode.kind === 'host'
}

/** The container shares another's namespace (`--network container:X`). */
export function joinsContainer(c: Container): boolean {
  return c.networkMode.kind === 'container'
}
