/**
 * The `docker` command's own options (docker/cli cli/flags/options.go), as the 28.2.2 client
 * lists them under Global Options; parsed by the same parser as every command.
 */
import type { FlagDef } from './types'

export const ROOT_USE_LINE = 'docker [OPTIONS] COMMAND [ARG...]'

const LOG_LEVELS = ['panic', 'fatal', 'error', 'warn', 'warning', 'info', 'debug', 'trace']

/** logrus.ParseLevel, which the client runs before anything else. */
export function logLevelError(level: string | undefined): string | null {
  return level === undefined || LOG_LEVELS.includes(level.toLowerCase())
    ? null
    : `Unable to parse logging level: ${level}`
}

export const ROOT_FLAGS: readonly FlagDef[] = [
  {
    long: 'config',
    type: 'string',
    usage: 'Location of client config files',
    default: '/root/.docker',
  },
  {
    long: 'context',
    short: 'c',
    type: 'string',
    usage:
      'Name of the context to use to connect to the daemon (overrides DOCKER_HOST env var and default context set with "docker context use")',
  },
  { long: 'debug', short: 'D', type: 'bool', usage: 'Enable debug mode' },
  { long: 'host', short: 'H', type: 'list', usage: 'Daemon socket to connect to' },
  {
    long: 'log-level',
    short: 'l',
    type: 'string',
    usage: 'Set the logging level ("debug", "info", "warn", "error", "fatal")',
    default: 'info',
  },
  { long: 'tls', type: 'bool', usage: 'Use TLS; implied by --tlsverify' },
  {
    long: 'tlscacert',
    type: 'string',
    usage: 'Trust certs signed only by this CA',
    default: '/root/.docker/ca.pem',
  },
  {
    long: 'tlscert',
    type: 'string',
    usage: 'Path to TLS certificate file',
    default: '/root/.docker/cert.pem',
  },
  {
    long: 'tlskey',
    type: 'string',
    usage: 'Path to TLS key file',
    default: '/root/.docker/key.pem',
  },
  { long: 'tlsverify', type: 'bool', usage: 'Use TLS and verify the remote' },
  { long: 'version', short: 'v', type: 'bool', usage: 'Print version information and quit' },
]
