import { describe, expect, it } from 'vitest'
import { runScript } from './index'

/** Runs a script and returns the entries of its last `n` commands. */
function lastOf(n: number, ...lines: string[]) {
  return runScript(lines.join('\n'))
    .entries.slice(-n)
    .map((e) => ({ stdout: e.stdout, stderr: e.stderr, exitCode: e.exitCode }))
}

const last = (...lines: string[]) => lastOf(1, ...lines)[0]

/** A container of `image` with volume `data` at /data (a file x, and sub/y) and data read-only at /ro. */
const box = (image: string) => [
  'docker volume create data',
  `docker run -d --name box -v data:/data -v data:/ro:ro -v /srv/site:/site ${image} sleep 1d`,
  `docker exec box sh -c 'echo hello > /data/x; echo deep > /data/sub/y'`,
]

describe('cp in a busybox userland (alpine, busybox)', () => {
  it('copies a file onto a new name and into a directory', () => {
    const [copy, cat, into, read] = lastOf(
      4,
      ...box('alpine'),
      'docker exec box cp /data/x /data/x2',
      'docker exec box cat /data/x2',
      'docker exec box cp /data/x /data/sub/y /tmp',
      'docker exec box cat /tmp/x /tmp/y',
    )
    expect(copy).toEqual({ stdout: '', stderr: '', exitCode: 0 })
    expect(cat?.stdout).toBe('hello\n')
    expect(into?.exitCode).toBe(0)
    expect(read?.stdout).toBe('hello\ndeep\n')
  })

  it('copies what a volume holds into another with cp -a SRC/. DEST/ (the backup idiom)', () => {
    const [copy, list, read] = lastOf(
      3,
      ...box('busybox'),
      'docker run --rm -v data:/from -v copy:/to alpine cp -a /from/. /to/',
      'docker run --rm -v copy:/c alpine ls /c',
      'docker run --rm -v copy:/c alpine cat /c/x /c/sub/y',
    )
    expect(copy).toEqual({ stdout: '', stderr: '', exitCode: 0 })
    expect(list?.stdout).toBe('sub\nx\n')
    expect(read?.stdout).toBe('hello\ndeep\n')
  })

  it.each(['-r', '-R', '-a', '-rp', '-Rf'])(
    'cp %s copies a directory to a new name, its subdirectories too',
    (flag) => {
      const [copy, read] = lastOf(
        2,
        ...box('alpine'),
        `docker exec box cp ${flag} /data /tmp/d`,
        'docker exec box cat /tmp/d/x /tmp/d/sub/y',
      )
      expect(copy?.exitCode).toBe(0)
      expect(read?.stdout).toBe('hello\ndeep\n')
    },
  )

  it('copies through a bind mount onto the host', () => {
    const r = runScript(
      [...box('alpine'), 'docker exec box cp /data/x /site/index.html'].join('\n'),
    )
    expect(r.state.topology.hosts.get('default')?.files['/srv/site/index.html']).toBe('hello\n')
  })

  it("says what is missing in busybox's words", () => {
    expect(last(...box('alpine'), 'docker exec box cp /data/nope /tmp')).toEqual({
      stdout: '',
      stderr: "cp: can't stat '/data/nope': No such file or directory\n",
      exitCode: 1,
    })
  })

  it('omits a directory without -r', () => {
    expect(last(...box('alpine'), 'docker exec box cp /data /tmp/d')?.stderr).toBe(
      "cp: omitting directory '/data'\n",
    )
  })

  it('cannot write into a read-only mount', () => {
    expect(last(...box('alpine'), 'docker exec box cp /data/x /ro/z')).toEqual({
      stdout: '',
      stderr: "cp: can't create '/ro/z': Read-only file system\n",
      exitCode: 1,
    })
    expect(last(...box('alpine'), 'docker exec box cp -r /data/sub /ro/s')?.stderr).toBe(
      "cp: can't create directory '/ro/s': Read-only file system\n",
    )
  })

  it('refuses to copy a file onto itself (two mounts of one volume)', () => {
    expect(last(...box('alpine'), 'docker exec box cp /data/x /ro/x')?.stderr).toBe(
      "cp: '/data/x' and '/ro/x' are the same file\n",
    )
  })

  it('shows its usage when an operand is missing', () => {
    for (const line of ['docker exec box cp', 'docker exec box cp /data/x']) {
      const r = last(...box('busybox'), line)
      expect(r?.exitCode).toBe(1)
      expect(r?.stderr).toMatch(
        /^BusyBox v1\.37\.0 .* multi-call binary\.\n\nUsage: cp \[-arPLHpfinlsTu\] SOURCE DEST\n/,
      )
    }
  })

  it("refuses an unknown option in its libc's words: musl on alpine, glibc in busybox", () => {
    expect(last(...box('alpine'), 'docker exec box cp -q a b')?.stderr).toMatch(
      /^cp: unrecognized option: q\nBusyBox/,
    )
    expect(last(...box('busybox'), 'docker exec box cp -q a b')?.stderr).toMatch(
      /^cp: invalid option -- 'q'\nBusyBox/,
    )
  })

  it('-v names each copy after making it, a directory after its contents', () => {
    expect(last(...box('alpine'), 'docker exec box cp -av /data/. /tmp/')?.stdout).toBe(
      [
        "'/data/./sub/y' -> '/tmp/./sub/y'",
        "'/data/./sub' -> '/tmp/./sub'",
        "'/data/./x' -> '/tmp/./x'",
        "'/data/.' -> '/tmp/.'",
        '',
      ].join('\n'),
    )
  })

  it('-n keeps a file that is there; without it the copy overwrites', () => {
    const setup = [...box('alpine'), `docker exec box sh -c 'echo old > /tmp/x'`]
    expect(
      last(...setup, 'docker exec box cp -n /data/x /tmp/x', 'docker exec box cat /tmp/x')?.stdout,
    ).toBe('old\n')
    expect(
      last(...setup, 'docker exec box cp /data/x /tmp/x', 'docker exec box cat /tmp/x')?.stdout,
    ).toBe('hello\n')
  })

  it('stops at the copy it is making inside what it copies', () => {
    expect(last(...box('alpine'), 'docker exec box cp -r /data /data/sub')?.stderr).toBe(
      "cp: recursion detected, omitting directory '/data/sub/data'\n",
    )
  })

  it('says which options it does not simulate', () => {
    expect(last(...box('alpine'), 'docker exec box cp -l /data/x /tmp/l')).toEqual({
      stdout: '',
      stderr: 'docknet: cp -l is not simulated (cp copies with -a, -r, -R, -p, -f, -n, -v)\n',
      exitCode: 1,
    })
  })
})

describe('cp in a GNU coreutils userland (ubuntu, nginx and other Debian-based images)', () => {
  it('copies a directory recursively, as busybox does', () => {
    const [copy, read] = lastOf(
      2,
      ...box('ubuntu'),
      'docker exec box cp -r /data /tmp/d',
      'docker exec box cat /tmp/d/x /tmp/d/sub/y',
    )
    expect(copy?.exitCode).toBe(0)
    expect(read?.stdout).toBe('hello\ndeep\n')
  })

  it.each([
    ['cp /data/nope /tmp', "cp: cannot stat '/data/nope': No such file or directory\n"],
    ['cp /data /tmp/d', "cp: -r not specified; omitting directory '/data'\n"],
    ['cp /data/x /ro/z', "cp: cannot create regular file '/ro/z': Read-only file system\n"],
    ['cp -r /data/sub /ro/s', "cp: cannot create directory '/ro/s': Read-only file system\n"],
    ['cp /data/x /ro/x', "cp: '/data/x' and '/ro/x' are the same file\n"],
    ['cp /data/x /data/sub/y /tmp/none', "cp: target '/tmp/none': No such file or directory\n"],
    ['cp /data/x /data/x/y', "cp: cannot stat '/data/x/y': Not a directory\n"],
    ['cp', "cp: missing file operand\nTry 'cp --help' for more information.\n"],
    [
      'cp /data/x',
      "cp: missing destination file operand after '/data/x'\nTry 'cp --help' for more information.\n",
    ],
    ['cp -q a b', "cp: invalid option -- 'q'\nTry 'cp --help' for more information.\n"],
    [
      'cp --bogus a b',
      "cp: unrecognized option '--bogus'\nTry 'cp --help' for more information.\n",
    ],
  ])("%s: in coreutils' words", (line, stderr) => {
    expect(last(...box('ubuntu'), `docker exec box ${line}`)).toEqual({
      stdout: '',
      stderr,
      exitCode: 1,
    })
  })

  it('-v names each copy as it starts, a new directory before its contents', () => {
    expect(last(...box('nginx'), 'docker exec box cp -rv /data /tmp/d')?.stdout).toBe(
      [
        "'/data' -> '/tmp/d'",
        "'/data/sub' -> '/tmp/d/sub'",
        "'/data/sub/y' -> '/tmp/d/sub/y'",
        "'/data/x' -> '/tmp/d/x'",
        '',
      ].join('\n'),
    )
  })

  it('long options by a unique prefix (--recur)', () => {
    expect(last(...box('ubuntu'), 'docker exec box cp --recur /data /tmp/d')?.exitCode).toBe(0)
  })
})
