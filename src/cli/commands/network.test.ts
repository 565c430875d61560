import { describe, expect, it } from 'vitest'
import { runScript } from '../index'

function last(script: string) {
  const e = runScript(script).entries.at(-1)
  if (!e) throw new Error('no command ran')
  return e
}

describe('docker volume', () => {
  // moby v28.2.2 volume/local/local.go validateName, wrapped as `create NAME: ...` (OpErr).
  it('refuses a one-character volume name', () => {
    expect(last('docker volume create a')).toMatchObject({
      stdout: '',
      stderr:
        'Error response from daemon: create a: volume name is too short, names should be at least two alphanumeric characters\n',
      exitCode: 1,
    })
  })

  // moby v28.2.2 volume/service/service.go Remove (PurgeOnError) and docker/cli v28.2.2
  // cli/command/volume/remove.go, which prints each name whose removal returned no error.
  it('rm -f of a missing volume succeeds and prints the name; without -f it fails', () => {
    expect(last('docker volume rm -f nosuch')).toMatchObject({
      stdout: 'nosuch\n',
      stderr: '',
      exitCode: 0,
    })
    expect(last('docker volume rm nosuch')).toMatchObject({
      stderr: 'Error response from daemon: get nosuch: no such volume\n',
      exitCode: 1,
    })
  })
})
