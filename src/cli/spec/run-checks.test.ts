/**
 * The client-side checks of `docker run`, flag values first, then the option checks, each
 * expected line being the first stderr line the docker 28.2.2 client printed for
 * `docker run <flags> busybox` (no daemon running).
 */
import { describe, expect, it } from 'vitest'
import { createShell, execute } from '../index'

function firstLine(flags: string): string {
  return execute(createShell(), `docker run ${flags} busybox`).output.stderr.split('\n')[0] ?? ''
}

describe('flag value checks of run (exit 125, with Usage)', () => {
  it.each([
    [
      '--attach bogus',
      'invalid argument "bogus" for "-a, --attach" flag: valid streams are STDIN, STDOUT and STDERR',
    ],
    [
      '--gpus x',
      'invalid argument "x" for "--gpus" flag: invalid count (x): value must be either "all" or an integer: invalid syntax',
    ],
    ['--sysctl x', `invalid argument "x" for "--sysctl" flag: sysctl 'x' is not allowed`],
    ['--device-read-bps x', 'invalid argument "x" for "--device-read-bps" flag: bad format: x'],
    [
      '--blkio-weight-device x',
      'invalid argument "x" for "--blkio-weight-device" flag: bad format: x',
    ],
    ['--memory-swap x', `invalid argument "x" for "--memory-swap" flag: invalid size: 'x'`],
    [
      '--ulimit nofile=x',
      'invalid argument "nofile=x" for "--ulimit" flag: strconv.ParseInt: parsing "x": invalid syntax',
    ],
    ['--mount type=bind', 'invalid argument "type=bind" for "--mount" flag: target is required'],
    [
      '--network alias=x',
      'invalid argument "alias=x" for "--network" flag: network name/id is not specified',
    ],
    [
      '--network name=n1,gw-priority=x',
      'invalid argument "name=n1,gw-priority=x" for "--network" flag: invalid gw-priority (x): invalid syntax',
    ],
    [
      '--device-cgroup-rule 10m',
      `invalid argument "10m" for "--device-cgroup-rule" flag: invalid device cgroup format '10m'`,
    ],
  ])('%s', (flags, line) => {
    expect(firstLine(flags)).toBe(line)
  })
})

describe('option checks of run, in docker/cli order (docker: ..., exit 125)', () => {
  it.each([
    [
      '--pull x',
      'docker: invalid pull option: \'x\': must be one of "always", "missing" or "never"',
    ],
    ['--mac-address x', 'docker: x is not a valid mac address'],
    [
      '--memory-swappiness 200',
      'docker: invalid value: 200. Valid memory swappiness range is 0-100',
    ],
    ['--env-file /nonexistent', 'docker: open /nonexistent: no such file or directory'],
    ['--pid x', 'docker: --pid: invalid PID mode'],
    ['--uts x', 'docker: --uts: invalid UTS mode'],
    ['--userns x', 'docker: --userns: invalid USER mode'],
    ['--cgroupns x', 'docker: --cgroupns: invalid CGROUP mode'],
    ['--security-opt x', 'docker: Invalid --security-opt: "x"'],
    ['--storage-opt x', 'docker: invalid storage option'],
    [
      '--no-healthcheck --health-cmd x',
      'docker: --no-healthcheck conflicts with --health-* options',
    ],
    ['--health-interval -1s', 'docker: --health-interval cannot be negative'],
    ['--health-retries -1', 'docker: --health-retries cannot be negative'],
    ['--expose 80000 -p 99999:80', 'docker: invalid hostPort: 99999'],
    [
      '--pull x -p 99999:1',
      'docker: invalid pull option: \'x\': must be one of "always", "missing" or "never"',
    ],
  ])('%s', (flags, line) => {
    expect(firstLine(flags)).toBe(line)
  })

  it('refuses --attach with --detach after those checks, without the docker: prefix', () => {
    expect(execute(createShell(), 'docker run -a stdin -d busybox').output).toEqual({
      stdout: '',
      stderr: 'conflicting options: cannot specify both --attach and --detach\n',
      exitCode: 1,
    })
  })

  it.each(['--memory-swap -1', '--gpus all', '--sysctl net.ipv4.ip_forward=1', '-m 1k'])(
    'accepts %s',
    (flags) => {
      expect(firstLine(flags)).not.toMatch(/invalid|Usage/)
    },
  )
})
