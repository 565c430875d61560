import { describe, it, expect } from 'vitest'
import type { EngineError } from './error-core'
import { errorText } from './errors'
import { parsePortSpec, isValidIP, type PortMapping } from './port-spec'

// Every expectation below was taken from the real Docker CLI 28.2.2 client (no daemon), which
// validates -p / --expose before contacting the daemon:
//   docker run -p '<spec>' busybox 2>&1 | head -1       -> `docker: <error>` (exit 125)
//   docker run --expose '<spec>' busybox 2>&1 | head -1 -> `docker: <error>` (exit 125)
// An accepted value ends with `docker: Cannot connect to the Docker daemon ...` instead.

const m = (
  containerPort: number,
  hostPortStart = 0,
  hostPortEnd = hostPortStart,
  hostIp = '',
  proto: PortMapping['proto'] = 'tcp',
): PortMapping => ({ containerPort, proto, hostIp, hostPortStart, hostPortEnd })

function ok<T>(r: { ok: true; value: T } | { ok: false; error: EngineError }): T {
  if (!r.ok) throw new Error('expected ok, got error: ' + errorText(r.error))
  return r.value
}

/** The text the client prints for a refused spec. */
function refusal(r: { ok: true } | { ok: false; error: EngineError }): string | null {
  return r.ok ? null : errorText(r.error)
}

// [spec, text the CLI prints after `docker: `]
const rejectedPublish: [string, string][] = [
  ['99999:80', 'invalid hostPort: 99999'],
  ['x', 'invalid containerPort: x'],
  ['80/xyz', 'invalid proto: xyz'],
  ['80/XYZ', 'invalid proto: XYZ'],
  ['80/ud', 'invalid proto: ud'],
  ['80:x', 'invalid containerPort: x'],
  ['x/xyz', 'invalid containerPort: x'],
  [':', 'no port specified: :<empty>'],
  ['::', 'no port specified: ::<empty>'],
  ['80:', 'no port specified: 80:<empty>'],
  ['/tcp', 'no port specified: /tcp<empty>'],
  ['/', 'no port specified: /<empty>'],
  ['80:/udp', 'no port specified: 80:/udp<empty>'],
  [':/udp', 'no port specified: :/udp<empty>'],
  ['1.2.3.4::', 'no port specified: 1.2.3.4::<empty>'],
  ['1.2.3.4:80:', 'no port specified: 1.2.3.4:80:<empty>'],
  ['1.2.3.4::/udp', 'no port specified: 1.2.3.4::/udp<empty>'],
  ['localhost:80:80', 'invalid IP address: localhost'],
  ['localhost:80:80/xyz', 'invalid IP address: localhost'],
  ['[localhost]:80:80', 'invalid IP address: localhost'],
  ['1.2.3:80:80', 'invalid IP address: 1.2.3'],
  ['01.2.3.4:80:80', 'invalid IP address: 01.2.3.4'],
  ['256.1.1.1:80:80', 'invalid IP address: 256.1.1.1'],
  ['1.2.3.4.:80:80', 'invalid IP address: 1.2.3.4.'],
  ['1.2.3.4 :80:80', 'invalid IP address: 1.2.3.4 '],
  ['a:b:c:80', 'invalid IP address: a:b'],
  ['80:80:80:80', 'invalid IP address: 80:80'],
  [':::80', 'invalid IP address: :'],
  ['fe80::1%eth0:80:80', 'invalid IP address: fe80::1%eth0'],
  ['[fe80::1%eth0]:80:80', 'invalid IP address: fe80::1%eth0'],
  ['1:2:3:4:5:6:7:8:9:80:80', 'invalid IP address: 1:2:3:4:5:6:7:8:9'],
  ['1::2::3:80:80', 'invalid IP address: 1::2::3'],
  ['12345:::80:80', 'invalid IP address: 12345::'],
  ['1:2:3:4:5:6:7:1.2.3.4:80:80', 'invalid IP address: 1:2:3:4:5:6:7:1.2.3.4'],
  ['1:2::1.2.3.04:80:80', 'invalid IP address: 1:2::1.2.3.04'],
  ['[ ::1]:80:80', 'invalid IP address:  ::1'],
  ['[::1]:80', "invalid IP address [:: address [::: missing ']' in address"],
  ['[::1]', "invalid IP address [: address [:: missing ']' in address"],
  ['[::1]:', "invalid IP address [:: address [::: missing ']' in address"],
  ['[::1]x:80:80', 'invalid IP address [::1]x: address [::1]x:: missing port in address'],
  ['[::1]:80:80:80', 'invalid IP address [::1]:80: address [::1]:80:: too many colons in address'],
  ['[[::1]]:80:80', 'invalid IP address [[::1]]: address [[::1]]:: missing port in address'],
  ['[::1]]:80:80', 'invalid IP address [::1]]: address [::1]]:: missing port in address'],
  ['[[::1]:80:80', "invalid IP address [[::1]: address [[::1]:: unexpected '[' in address"],
  ['[]:80', 'invalid hostPort: []'],
  ['1.2.3.4:80', 'invalid hostPort: 1.2.3.4'],
  ['1.2.3.4:1.2.3.4:80', 'invalid hostPort: 1.2.3.4'],
  ['abc:80', 'invalid hostPort: abc'],
  ['-:80', 'invalid hostPort: -'],
  ['80:-', 'invalid containerPort: -'],
  ['1.2.3.4:x:y', 'invalid containerPort: y'],
  ['1.2.3.4:80:y', 'invalid containerPort: y'],
  ['1.2.3.4:99999:80', 'invalid hostPort: 99999'],
  ['65536', 'invalid containerPort: 65536'],
  ['-1', 'invalid containerPort: -1'],
  ['81-80', 'invalid containerPort: 81-80'],
  ['80-', 'invalid containerPort: 80-'],
  ['-80', 'invalid containerPort: -80'],
  ['80--81', 'invalid containerPort: 80--81'],
  ['a-b', 'invalid containerPort: a-b'],
  ['+80', 'invalid containerPort: +80'],
  ['0x50', 'invalid containerPort: 0x50'],
  [' 80', 'invalid containerPort:  80'],
  ['80 ', 'invalid containerPort: 80 '],
  ['18446744073709551616', 'invalid containerPort: 18446744073709551616'],
  ['99999-100000:80', 'invalid hostPort: 99999-100000'],
  ['5-3:80', 'invalid hostPort: 5-3'],
  ['80:5-3', 'invalid containerPort: 5-3'],
  ['80:99999', 'invalid containerPort: 99999'],
  ['80:65536-65537', 'invalid containerPort: 65536-65537'],
  ['8000-8002:80-81', 'invalid ranges specified for container and host Ports: 80-81 and 8000-8002'],
  ['80-81:8000-8002', 'invalid ranges specified for container and host Ports: 8000-8002 and 80-81'],
  ['8000-8000:80-81', 'invalid ranges specified for container and host Ports: 80-81 and 8000-8000'],
  ['8000:80-81', 'invalid ranges specified for container and host Ports: 80-81 and 8000'],
  ['é', 'invalid containerPort: é'],
  ['', 'no port specified: <empty>'],
  ['8\t0', 'invalid containerPort: 8\t0'],
]

// [spec, text the CLI prints after `docker: `]
describe('parsePortSpec: values the real CLI rejects', () => {
  it.each(rejectedPublish)('docker run -p %j busybox', (spec, error) => {
    expect(refusal(parsePortSpec(spec))).toBe(error)
  })

  it('docker run -p 99999:80 busybox -> docker: invalid hostPort: 99999', () => {
    expect(refusal(parsePortSpec('99999:80'))).toBe('invalid hostPort: 99999')
  })

  it('check order (CLI 28.2.2): IP, empty port, containerPort, hostPort, ranges, proto', () => {
    const cases: [string, string][] = [
      // docker run -p localhost:: busybox
      ['localhost::', 'invalid IP address: localhost'],
      // docker run -p '[::1::' busybox
      ['[::1::', "invalid IP address [::1: address [::1:: missing ']' in address"],
      // docker run -p localhost::/xyz busybox
      ['localhost::/xyz', 'invalid IP address: localhost'],
      // docker run -p /xyz busybox
      ['/xyz', 'no port specified: /xyz<empty>'],
      // docker run -p x:y/xyz busybox
      ['x:y/xyz', 'invalid containerPort: y'],
      // docker run -p x:80/xyz busybox
      ['x:80/xyz', 'invalid hostPort: x'],
      // docker run -p 1.2.3.4:x:80/xyz busybox
      ['1.2.3.4:x:80/xyz', 'invalid hostPort: x'],
      // docker run -p 8000-8002:80-81/xyz busybox
      [
        '8000-8002:80-81/xyz',
        'invalid ranges specified for container and host Ports: 80-81 and 8000-8002',
      ],
      // docker run -p 1.2.3.4:80:80/xyz busybox
      ['1.2.3.4:80:80/xyz', 'invalid proto: xyz'],
    ]
    for (const [spec, error] of cases) expect(refusal(parsePortSpec(spec))).toBe(error)
  })
})

describe('parsePortSpec: values the real CLI accepts', () => {
  it('docker run -p 80 busybox: container port only, ephemeral host port', () => {
    expect(ok(parsePortSpec('80'))).toEqual([m(80)])
  })

  it('docker run -p :80 busybox and -p ::80: empty host port = ephemeral', () => {
    expect(ok(parsePortSpec(':80'))).toEqual([m(80)])
    expect(ok(parsePortSpec('::80'))).toEqual([m(80)])
  })

  it('docker run -p 127.0.0.1::80 busybox', () => {
    expect(ok(parsePortSpec('127.0.0.1::80'))).toEqual([m(80, 0, 0, '127.0.0.1')])
  })

  it('docker run -p 8080:80 busybox and -p 0.0.0.0:8080:80', () => {
    expect(ok(parsePortSpec('8080:80'))).toEqual([m(80, 8080)])
    expect(ok(parsePortSpec('0.0.0.0:8080:80'))).toEqual([m(80, 8080, 8080, '0.0.0.0')])
  })

  it('docker run -p 0:80 busybox: host port 0 is accepted (ephemeral)', () => {
    expect(ok(parsePortSpec('0:80'))).toEqual([m(80, 0)])
    expect(ok(parsePortSpec('1.2.3.4:0:80'))).toEqual([m(80, 0, 0, '1.2.3.4')])
  })

  it('docker run -p 0 / -p 65535 / -p 080 / -p 00080 busybox', () => {
    expect(ok(parsePortSpec('0'))).toEqual([m(0)])
    expect(ok(parsePortSpec('65535'))).toEqual([m(65535)])
    expect(ok(parsePortSpec('080'))).toEqual([m(80)])
    expect(ok(parsePortSpec('00080'))).toEqual([m(80)])
  })

  it('docker run -p 8000-9000:5000 busybox: one container port, host range to pick from', () => {
    expect(ok(parsePortSpec('8000-9000:5000'))).toEqual([m(5000, 8000, 9000)])
    // docker run -p 80-81:80 busybox (accepted)
    expect(ok(parsePortSpec('80-81:80'))).toEqual([m(80, 80, 81)])
    // docker run -p 0-5:80 busybox (accepted)
    expect(ok(parsePortSpec('0-5:80'))).toEqual([m(80, 0, 5)])
  })

  it('docker run -p 8000-8001:80-81 busybox: ranges paired one to one', () => {
    expect(ok(parsePortSpec('8000-8001:80-81'))).toEqual([m(80, 8000), m(81, 8001)])
  })

  it('docker run -p 80-81 busybox: container range, ephemeral host ports', () => {
    expect(ok(parsePortSpec('80-81'))).toEqual([m(80), m(81)])
    // docker run -p 80-80 busybox (accepted, a single port)
    expect(ok(parsePortSpec('80-80'))).toEqual([m(80)])
    // docker run -p 0-65535 busybox (accepted)
    expect(ok(parsePortSpec('0-65535'))).toHaveLength(65536)
  })

  it('docker run -p 80-81-82 busybox: the CLI ignores a third range part', () => {
    expect(ok(parsePortSpec('80-81-82'))).toEqual([m(80), m(81)])
    // docker run -p 80-81-82:90-91-92 busybox (accepted)
    expect(ok(parsePortSpec('80-81-82:90-91-92'))).toEqual([m(90, 80), m(91, 81)])
  })

  it('docker run -p 8080:80/UDP busybox: protocol is case-insensitive', () => {
    expect(ok(parsePortSpec('8080:80/UDP'))).toEqual([m(80, 8080, 8080, '', 'udp')])
    // docker run -p 8080:80/Tcp busybox and -p 8080:80/sctp (accepted)
    expect(ok(parsePortSpec('8080:80/Tcp'))).toEqual([m(80, 8080)])
    expect(ok(parsePortSpec('8080:80/sctp'))).toEqual([m(80, 8080, 8080, '', 'sctp')])
    // docker run -p 1.2.3.4::80/udp busybox (accepted)
    expect(ok(parsePortSpec('1.2.3.4::80/udp'))).toEqual([m(80, 0, 0, '1.2.3.4', 'udp')])
  })

  it('docker run -p 80/ busybox and other odd protocol parts the CLI accepts', () => {
    expect(ok(parsePortSpec('80/'))).toEqual([m(80)]) // empty proto -> tcp
    expect(ok(parsePortSpec('80:80/'))).toEqual([m(80, 80)])
    expect(ok(parsePortSpec('80//udp'))).toEqual([m(80)]) // second '/' part is empty -> tcp
    expect(ok(parsePortSpec('80/tcp/udp'))).toEqual([m(80)]) // later parts are ignored
    expect(ok(parsePortSpec('80/udp/x'))).toEqual([m(80, 0, 0, '', 'udp')])
  })

  it('docker run -p [::1]:8080:80 busybox: bracketed IPv6 host IP', () => {
    expect(ok(parsePortSpec('[::1]:8080:80'))).toEqual([m(80, 8080, 8080, '::1')])
    // docker run -p [::]::80 busybox (accepted)
    expect(ok(parsePortSpec('[::]::80'))).toEqual([m(80, 0, 0, '::')])
    // docker run -p [1.2.3.4]:80:80 busybox (accepted: brackets around IPv4 too)
    expect(ok(parsePortSpec('[1.2.3.4]:80:80'))).toEqual([m(80, 80, 80, '1.2.3.4')])
    // docker run -p []:80:80 busybox (accepted: empty brackets = no host IP)
    expect(ok(parsePortSpec('[]:80:80'))).toEqual([m(80, 80)])
  })

  it('docker run -p ::1:80:80 busybox: unbracketed IPv6 (everything before the last two parts)', () => {
    expect(ok(parsePortSpec('::1:80:80'))).toEqual([m(80, 80, 80, '::1')])
    expect(ok(parsePortSpec('fe80::1:80:80'))).toEqual([m(80, 80, 80, 'fe80::1')])
    expect(ok(parsePortSpec('::ffff:1.2.3.4:80:80'))).toEqual([m(80, 80, 80, '::ffff:1.2.3.4')])
    expect(ok(parsePortSpec('1:2:3:4:5:6:7:8:80:80'))).toHaveLength(1)
    expect(ok(parsePortSpec('1:2:3:4:5:6:7:::80:80'))).toHaveLength(1)
    expect(ok(parsePortSpec('1:2:3:4:5:6:1.2.3.4:80:80'))).toHaveLength(1)
    expect(ok(parsePortSpec('::1.2.3.4:80:80'))).toHaveLength(1)
    expect(ok(parsePortSpec('1::1.2.3.4:80:80'))).toHaveLength(1)
    expect(ok(parsePortSpec('::FFFF:1.2.3.4:80:80'))).toHaveLength(1)
  })
})

describe('isValidIP (Go net.ParseIP, as observed through -p IP:80:80)', () => {
  it.each([
    '0.0.0.0',
    '127.0.0.1',
    '255.255.255.255',
    '::',
    '::1',
    'fe80::1',
    '::ffff:1.2.3.4',
    '1:2:3:4:5:6:7:8',
    '1:2:3:4:5:6:7::',
    '::2:3:4:5:6:7:8',
    'ABCD::ef',
  ])('accepts %s', (ip) => {
    expect(isValidIP(ip)).toBe(true)
  })

  it.each([
    '',
    'localhost',
    '1.2.3',
    '01.2.3.4',
    '256.1.1.1',
    '1.2.3.4.',
    '1..2.3',
    ':',
    '1::2::3',
    '12345::',
    '1:2:3:4:5:6:7:8:9',
    '1:2:3:4:5:6:7:1.2.3.4',
    '1:2::1.2.3.04',
    'fe80::1%eth0',
    ' ::1',
    '1:2:3:4:5:6:7:8::',
    ':1',
    '1:',
    '::g',
  ])('rejects %j', (ip) => {
    expect(isValidIP(ip)).toBe(false)
  })
})
