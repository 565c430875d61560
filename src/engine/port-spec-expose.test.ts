import { describe, it, expect } from 'vitest'
import type { EngineError } from './error-core'
import { errorText } from './errors'
import { parseExposeSpec, formatPortProto } from './port-spec'

// Every expectation below was taken from the real Docker CLI 28.2.2 client (no daemon), which
// validates -p / --expose before contacting the daemon:
//   docker run -p '<spec>' busybox 2>&1 | head -1       -> `docker: <error>` (exit 125)
//   docker run --expose '<spec>' busybox 2>&1 | head -1 -> `docker: <error>` (exit 125)
// An accepted value ends with `docker: Cannot connect to the Docker daemon ...` instead.

function ok<T>(r: { ok: true; value: T } | { ok: false; error: EngineError }): T {
  if (!r.ok) throw new Error('expected ok, got error: ' + errorText(r.error))
  return r.value
}

/** The text the client prints for a refused spec. */
function refusal(r: { ok: true } | { ok: false; error: EngineError }): string | null {
  return r.ok ? null : errorText(r.error)
}

// [spec, text the CLI prints after `docker: `]
const rejectedExpose: [string, string][] = [
  [
    '80000',
    'invalid range format for --expose: 80000, error: strconv.ParseUint: parsing "80000": value out of range',
  ],
  ['80:80', 'invalid port format for --expose: 80:80'],
  ['1.2.3.4:80', 'invalid port format for --expose: 1.2.3.4:80'],
  [
    'x',
    'invalid range format for --expose: x, error: strconv.ParseUint: parsing "x": invalid syntax',
  ],
  ['/', 'invalid range format for --expose: /, error: empty string specified for ports'],
  ['/udp', 'invalid range format for --expose: /udp, error: empty string specified for ports'],
  [
    '81-80',
    'invalid range format for --expose: 81-80, error: invalid range specified for port: 81-80',
  ],
  [
    '80-',
    'invalid range format for --expose: 80-, error: strconv.ParseUint: parsing "": invalid syntax',
  ],
  [
    '-80',
    'invalid range format for --expose: -80, error: strconv.ParseUint: parsing "": invalid syntax',
  ],
  [
    '80--81',
    'invalid range format for --expose: 80--81, error: strconv.ParseUint: parsing "": invalid syntax',
  ],
  [
    '65536',
    'invalid range format for --expose: 65536, error: strconv.ParseUint: parsing "65536": value out of range',
  ],
  [
    '1.2.3.4',
    'invalid range format for --expose: 1.2.3.4, error: strconv.ParseUint: parsing "1.2.3.4": invalid syntax',
  ],
  [
    ' 80',
    'invalid range format for --expose:  80, error: strconv.ParseUint: parsing " 80": invalid syntax',
  ],
  [
    '80-65536',
    'invalid range format for --expose: 80-65536, error: strconv.ParseUint: parsing "65536": value out of range',
  ],
  [
    'a-80',
    'invalid range format for --expose: a-80, error: strconv.ParseUint: parsing "a": invalid syntax',
  ],
  [
    '99999x',
    'invalid range format for --expose: 99999x, error: strconv.ParseUint: parsing "99999x": value out of range',
  ],
  [
    '80-99999x',
    'invalid range format for --expose: 80-99999x, error: strconv.ParseUint: parsing "99999x": value out of range',
  ],
  [
    'a"b',
    'invalid range format for --expose: a"b, error: strconv.ParseUint: parsing "a\\"b": invalid syntax',
  ],
  [
    'a\\b',
    'invalid range format for --expose: a\\b, error: strconv.ParseUint: parsing "a\\\\b": invalid syntax',
  ],
  [
    'é',
    'invalid range format for --expose: é, error: strconv.ParseUint: parsing "é": invalid syntax',
  ],
  [
    '81-80/xyz',
    'invalid range format for --expose: 81-80/xyz, error: invalid range specified for port: 81-80',
  ],
  ['', 'invalid range format for --expose: , error: empty string specified for ports'],
  [
    'a\tb',
    'invalid range format for --expose: a\tb, error: strconv.ParseUint: parsing "a\\tb": invalid syntax',
  ],
]

describe('parseExposeSpec', () => {
  it.each(rejectedExpose)('docker run --expose %j busybox', (spec, error) => {
    expect(refusal(parseExposeSpec(spec))).toBe(error)
  })

  it('docker run --expose 80 busybox', () => {
    expect(ok(parseExposeSpec('80'))).toEqual([{ port: 80, proto: 'tcp' }])
  })

  it('docker run --expose 3000-3003/udp busybox', () => {
    expect(ok(parseExposeSpec('3000-3003/udp'))).toEqual([
      { port: 3000, proto: 'udp' },
      { port: 3001, proto: 'udp' },
      { port: 3002, proto: 'udp' },
      { port: 3003, proto: 'udp' },
    ])
  })

  it('accepted edge cases: --expose 0, 65535, 65535-65535, 00080, 80/, 80-81-82, 80/tcp/udp', () => {
    expect(ok(parseExposeSpec('0'))).toEqual([{ port: 0, proto: 'tcp' }])
    expect(ok(parseExposeSpec('65535'))).toEqual([{ port: 65535, proto: 'tcp' }])
    expect(ok(parseExposeSpec('65535-65535'))).toEqual([{ port: 65535, proto: 'tcp' }])
    expect(ok(parseExposeSpec('00080'))).toEqual([{ port: 80, proto: 'tcp' }])
    expect(ok(parseExposeSpec('80/'))).toEqual([{ port: 80, proto: 'tcp' }])
    expect(ok(parseExposeSpec('80-81-82'))).toEqual([
      { port: 80, proto: 'tcp' },
      { port: 81, proto: 'tcp' },
    ])
    expect(ok(parseExposeSpec('80/tcp/udp'))).toEqual([{ port: 80, proto: 'tcp' }])
  })

  it('docker run --expose 80/UDP busybox: accepted (the protocol is lowercased here)', () => {
    expect(ok(parseExposeSpec('80/UDP'))).toEqual([{ port: 80, proto: 'udp' }])
  })

  it('docker run --expose 80/xyz busybox: the client accepts it, this module rejects it', () => {
    // Known divergence: CLI 28.2.2 passes `80/xyz` on to the daemon. Proto has no room for it,
    // so it is rejected with the -p wording.
    expect(refusal(parseExposeSpec('80/xyz'))).toBe('invalid proto: xyz')
  })
})

describe('formatPortProto', () => {
  it('formats like the keys of docker inspect .Config.ExposedPorts', () => {
    expect(formatPortProto({ port: 80, proto: 'tcp' })).toBe('80/tcp')
    expect(formatPortProto({ port: 53, proto: 'udp' })).toBe('53/udp')
  })
})
