import { describe, expect, it } from 'vitest'
import { runScript } from '../index'

function last(script: string) {
  const e = runScript(script).entries.at(-1)
  if (!e) throw new Error('no command ran')
  return e
}

describe('docker exec of a program that does not exist', () => {
  // moby v28.2.2 daemon/errors.go (setExitCodeFromError: "executable file not found" is an
  // invalid command, exitCmdNotFound = 127) and api/server/router/container/exec.go
  // (postContainerExecStart writes the start error into the exec's stdout stream).
  it('exits 127 with the runtime error on stdout', () => {
    const e = last('docker run -d --name c1 busybox sleep 100\ndocker exec c1 nosuch')
    expect(e).toMatchObject({
      stdout:
        'OCI runtime exec failed: exec failed: unable to start container process: exec: "nosuch": executable file not found in $PATH: unknown\n',
      stderr: '',
      exitCode: 127,
    })
  })

  it("leaves a shell's own not-found message alone", () => {
    const e = last('docker run -d --name c1 busybox sleep 100\ndocker exec c1 sh -c nosuch')
    expect(e).toMatchObject({ stdout: '', stderr: 'sh: nosuch: not found\n', exitCode: 127 })
  })
})

describe('docker rename failures', () => {
  // docker/cli v28.2.2 cli/command/container/rename.go; moby v28.2.2 daemon/rename.go.
  it("prints the daemon's error, then the client's own line, and exits 1", () => {
    const e = last('docker create --name web busybox\ndocker rename web "x y"')
    expect(e).toMatchObject({
      stdout: '',
      stderr:
        'Error response from daemon: Error when allocating new name: Invalid container name (/x y), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed\nError: failed to rename container named web\n',
      exitCode: 1,
    })
  })

  it('says so for a missing container too', () => {
    expect(last('docker rename nosuch other')).toMatchObject({
      stderr:
        'Error response from daemon: No such container: nosuch\nError: failed to rename container named nosuch\n',
      exitCode: 1,
    })
  })
})

describe('docker port errors, decided by the client after the inspect', () => {
  // docker/cli v28.2.2 cli/command/container/port.go runPort:
  // errors.Errorf("Error: No public port '%s' published for %s", opts.port, opts.container).
  const web = 'docker run -d --name web -p 8080:80 nginx\n'

  it('names the port as given when nothing is published there', () => {
    expect(last(`${web}docker port web 81/tcp`)).toMatchObject({
      stdout: '',
      stderr: "Error: No public port '81/tcp' published for web\n",
      exitCode: 1,
    })
    expect(last(`${web}docker port web 80/udp`).stderr).toBe(
      "Error: No public port '80/udp' published for web\n",
    )
    expect(last(`${web}docker port web 80`).stdout).toBe('0.0.0.0:8080\n[::]:8080\n')
    expect(last(`${web}docker port web 80/`).stdout).toBe('0.0.0.0:8080\n[::]:8080\n')
  })

  // Same function: errors.Wrapf(strconv.ParseUint(port, 10, 16) error, "Error: invalid port (%s)").
  it('refuses a port that is not a 16-bit number with strconv.ParseUint error', () => {
    expect(last(`${web}docker port web abc`)).toMatchObject({
      stdout: '',
      stderr: 'Error: invalid port (abc): strconv.ParseUint: parsing "abc": invalid syntax\n',
      exitCode: 1,
    })
    expect(last(`${web}docker port web 70000/tcp`).stderr).toBe(
      'Error: invalid port (70000): strconv.ParseUint: parsing "70000": value out of range\n',
    )
    expect(last(`${web}docker port web /tcp`).stderr).toBe(
      'Error: invalid port (): strconv.ParseUint: parsing "": invalid syntax\n',
    )
  })

  it('asks the daemon first: a missing container is its error', () => {
    expect(last('docker port nosuch abc').stderr).toBe(
      'Error response from daemon: No such container: nosuch\n',
    )
  })
})

describe('docker ps with both --quiet and --format', () => {
  // docker/cli v28.2.2 cli/command/container/list.go runPs: the warning comes first, then
  // the IDs, or the template's own error when the format does not execute.
  const WARNING = 'WARNING: Ignoring custom format, because both --format and --quiet are set.\n'

  it('warns that the format is ignored and prints the IDs', () => {
    const e = last('docker run -d --name web nginx\ndocker ps -q --format "{{.Names}}"')
    expect(e.stderr).toBe(WARNING)
    expect(e.stdout).toMatch(/^[0-9a-f]{12}\n$/)
  })

  it('warns before the template error', () => {
    const e = last('docker ps -q --format "{{.Name}}"')
    expect(e.stderr.startsWith(`${WARNING}failed to execute template:`)).toBe(true)
    expect(e.exitCode).toBe(1)
  })
})
