import { describe, expect, it } from 'vitest'
import { parseFlags, type FlagSpec } from './flags'

const RUN: FlagSpec[] = [
  { long: 'name', kind: 'string' },
  { long: 'detach', short: 'd', kind: 'bool' },
  { long: 'interactive', short: 'i', kind: 'bool' },
  { long: 'tty', short: 't', kind: 'bool' },
  { long: 'rm', kind: 'bool' },
  { long: 'publish', short: 'p', kind: 'list' },
]

function ok(argv: string[], interspersed = false) {
  const r = parseFlags(argv, RUN, interspersed)
  if (!r.ok) throw new Error(r.error)
  return r
}

describe('pflag-style parsing, as the docker CLI does it', () => {
  it('reads --flag value, --flag=value, combined shorthands and attached shorthand values', () => {
    const r = ok([
      '--name',
      'web',
      '-itd',
      '-p80:80',
      '-p=8080:80',
      '--rm=true',
      'nginx',
      '-g',
      'x',
    ])
    expect(r.flags.get('name')).toEqual(['web'])
    expect(r.flags.get('detach')).toEqual(['true'])
    expect(r.flags.get('tty')).toEqual(['true'])
    expect(r.flags.get('publish')).toEqual(['80:80', '8080:80'])
    // docker run stops at the image: the rest is the container's command.
    expect(r.args).toEqual(['nginx', '-g', 'x'])
  })

  it('words errors like the real client (oracle-notes.md)', () => {
    expect(parseFlags(['-rm=true', 'busybox'], RUN, false)).toEqual({
      ok: false,
      error: "unknown shorthand flag: 'r' in -rm=true",
    })
    expect(parseFlags(['--bogus'], RUN, false)).toEqual({
      ok: false,
      error: 'unknown flag: --bogus',
    })
    expect(parseFlags(['---name', 'x'], RUN, false)).toEqual({
      ok: false,
      error: 'bad flag syntax: ---name',
    })
    expect(parseFlags(['--name'], RUN, false)).toEqual({
      ok: false,
      error: 'flag needs an argument: --name',
    })
  })

  it('parses flags after positionals only when interspersed (docker rm web -f)', () => {
    const specs: FlagSpec[] = [{ long: 'force', short: 'f', kind: 'bool' }]
    const r = parseFlags(['web', '-f'], specs, true)
    expect(r.ok && r.flags.get('force')).toEqual(['true'])
    expect(r.ok && r.args).toEqual(['web'])
  })
})
