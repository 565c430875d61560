/**
 * The pflag parser and value types. Error texts are the first stderr line the docker 28.2.2
 * client printed for `docker run <flags> busybox` (or the command named), pasted as they came.
 */
import { describe, expect, it } from 'vitest'
import { parseFlags } from './parse-flags'
import { RUN_FLAGS } from './run-flags'
import { SWARM_COMMANDS } from './table-swarm'
import type { FlagDef } from './types'

const RUN_STYLE: FlagDef[] = [
  { long: 'name', type: 'string', usage: '' },
  { long: 'detach', short: 'd', type: 'bool', usage: '' },
  { long: 'interactive', short: 'i', type: 'bool', usage: '' },
  { long: 'tty', short: 't', type: 'bool', usage: '' },
  { long: 'rm', type: 'bool', usage: '' },
  { long: 'publish', short: 'p', type: 'list', usage: '' },
]

function ok(argv: string[], stopAtFirstArg = true) {
  const r = parseFlags(argv, RUN_STYLE, stopAtFirstArg)
  if (!r.ok) throw new Error(r.error.message)
  return r
}

/** The parser's refusal, as the client prints it; null when the line parses. */
function refusal(r: ReturnType<typeof parseFlags>): string | null {
  return r.ok ? null : r.error.message
}

function runError(flags: string): string | null {
  const r = parseFlags([...flags.split(' '), 'busybox'], RUN_FLAGS, true)
  return r.ok ? null : r.error.message
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

  it('parses flags after positionals when interspersed (docker rm web -f), not after --', () => {
    const defs: FlagDef[] = [{ long: 'force', short: 'f', type: 'bool', usage: '' }]
    const r = parseFlags(['web', '-f', '--', '-x'], defs)
    expect(r.ok && r.flags.get('force')).toEqual(['true'])
    expect(r.ok && r.args).toEqual(['web', '-x'])
  })

  it('asks for help with --help, or -h where the command has no -h of its own', () => {
    expect(ok(['--help']).help).toBe(true)
    const h = ok(['-h'])
    expect([h.help, h.notices]).toEqual([
      true,
      ['Flag shorthand -h has been deprecated, use --help'],
    ])
    const hostname = parseFlags(['-h', 'box'], RUN_FLAGS, true)
    expect(hostname.ok && [hostname.help, hostname.flags.get('hostname')]).toEqual([false, ['box']])
  })

  it.each([
    ['-rm=true', "unknown shorthand flag: 'r' in -rm=true"],
    ['--bogus', 'unknown flag: --bogus'],
    ['---name x', 'bad flag syntax: ---name'],
    [
      '--rm=maybe',
      'invalid argument "maybe" for "--rm" flag: strconv.ParseBool: parsing "maybe": invalid syntax',
    ],
    ['-m x', `invalid argument "x" for "-m, --memory" flag: invalid size: 'x'`],
    ['--cpus x', 'invalid argument "x" for "--cpus" flag: failed to parse x as a rational number'],
    [
      '--stop-timeout x',
      'invalid argument "x" for "--stop-timeout" flag: strconv.ParseInt: parsing "x": invalid syntax',
    ],
    [
      '--blkio-weight 70000',
      'invalid argument "70000" for "--blkio-weight" flag: strconv.ParseUint: parsing "70000": value out of range',
    ],
    [
      '--health-interval x',
      'invalid argument "x" for "--health-interval" flag: time: invalid duration "x"',
    ],
    ['--add-host a', 'invalid argument "a" for "--add-host" flag: bad format for add-host: "a"'],
    [
      '--add-host a:bad',
      'invalid argument "a:bad" for "--add-host" flag: invalid IP address in add-host: "bad"',
    ],
    [
      '--dns-search bad..x',
      'invalid argument "bad..x" for "--dns-search" flag: bad..x is not a valid domain',
    ],
    ['-l =x', `invalid argument "=x" for "-l, --label" flag: invalid label '=x': empty name`],
    ['--ulimit x', 'invalid argument "x" for "--ulimit" flag: invalid ulimit argument: x'],
    [
      '--mount x',
      `invalid argument "x" for "--mount" flag: invalid field 'x' must be a key=value pair`,
    ],
  ])('docker run %s busybox: %s', (flags, error) => {
    expect(runError(flags)).toBe(error)
  })

  it('quotes values as Go does, and knows only the spellings strconv.ParseBool knows', () => {
    expect(runError('--health-interval "x')).toBe(
      'invalid argument "\\"x" for "--health-interval" flag: time: invalid duration "\\"x"',
    )
    expect(runError('--rm=constructor')).toBe(
      'invalid argument "constructor" for "--rm" flag: strconv.ParseBool: parsing "constructor": invalid syntax',
    )
    expect(runError('--health-interval 5q')).toBe(
      'invalid argument "5q" for "--health-interval" flag: time: unknown unit "q" in duration "5q"',
    )
  })

  it('names the shorthands left from the failing one, and reads -x= as pflag does', () => {
    expect(runError('-dx')).toBe("unknown shorthand flag: 'x' in -x")
    expect(runError('-d=')).toBe("unknown shorthand flag: '=' in -=")
    const last: FlagDef[] = [{ long: 'last', short: 'n', type: 'int', usage: '' }]
    expect(refusal(parseFlags(['-n='], last))).toBe(
      'invalid argument "=" for "-n, --last" flag: strconv.ParseInt: parsing "=": invalid syntax',
    )
  })

  it("checks swarm init's external CA and address pools as it parses them", () => {
    const init = (argv: string[]) => {
      const r = parseFlags(argv, SWARM_COMMANDS[0]?.flags ?? [])
      return r.ok ? null : r.error.message
    }
    expect(init(['--external-ca', 'x'])).toBe(
      `invalid argument "x" for "--external-ca" flag: invalid field 'x' must be a key=value pair`,
    )
    expect(init(['--external-ca', 'protocol=cfssl'])).toBe(
      'invalid argument "protocol=cfssl" for "--external-ca" flag: the external-ca option needs a url= parameter',
    )
    expect(init(['--listen-addr', 'a:b'])).toBe(
      'invalid argument "a:b" for "--listen-addr" flag: parse "tcp://a:b": invalid port ":b" after host',
    )
    expect(init(['--listen-addr', 'udp://1.2.3.4:1'])).toBe(
      'invalid argument "udp://1.2.3.4:1" for "--listen-addr" flag: invalid proto, expected tcp: udp://1.2.3.4:1',
    )
    expect(init(['--default-addr-pool', '10.0.0.0/8,x'])).toBe(
      'invalid argument "10.0.0.0/8,x" for "--default-addr-pool" flag: invalid string being converted to CIDR: x',
    )
  })

  it('says which flag lacks its value', () => {
    expect(refusal(parseFlags(['--name'], RUN_STYLE))).toBe('flag needs an argument: --name')
    expect(refusal(parseFlags(['-p'], RUN_FLAGS))).toBe("flag needs an argument: 'p' in -p")
  })

  it('reads integers as strconv does with base 0 (docker ps -n 0x10, -n 1_0 are accepted)', () => {
    const last: FlagDef[] = [{ long: 'last', short: 'n', type: 'int', usage: '' }]
    const value = (text: string) => {
      const r = parseFlags(['-n', text], last)
      return r.ok ? r.flags.get('last') : r.error.message
    }
    expect(value('0x10')).toEqual(['16'])
    expect(value('1_0')).toEqual(['10'])
    expect(value('010')).toEqual(['8'])
    expect(value('')).toBe(
      'invalid argument "" for "-n, --last" flag: strconv.ParseInt: parsing "": invalid syntax',
    )
  })

  it('keeps --add-host as name:ip, whichever separator and brackets were typed', () => {
    const r = parseFlags(
      [
        '--add-host',
        'a=1.2.3.4',
        '--add-host',
        'six=[::1]',
        '--add-host',
        'gw:host-gateway',
        'busybox',
      ],
      RUN_FLAGS,
      true,
    )
    expect(r.ok && r.flags.get('add-host')).toEqual(['a:1.2.3.4', 'six:::1', 'gw:host-gateway'])
  })
})
