import { describe, expect, it } from 'vitest'
import { runScript } from '../index'

function last(script: string) {
  const e = runScript(script).entries.at(-1)
  if (!e) throw new Error('no command ran')
  return e
}

// What the real 28.2.2 client prints for its own part (checked against the installed client).
const CLIENT_VERSION = `Client:
 Version:           28.2.2
 API version:       1.50
 Go version:        go1.24.3
 Git commit:        e6534b4
 Built:             Fri May 30 12:07:14 2025
 OS/Arch:           linux/amd64
 Context:           default
`

describe('docker version', () => {
  it("prints the real client's section, then the daemon's components", () => {
    const e = last('docker version')
    expect(e.exitCode).toBe(0)
    expect(
      e.stdout.startsWith(`${CLIENT_VERSION}\nServer: Docker Engine - Community\n Engine:\n`),
    ).toBe(true)
    expect(e.stdout).toContain('  API version:      1.50 (minimum version 1.24)\n')
    expect(e.stdout).toMatch(/ containerd:\n {2}Version: {10}1\.7\.\d+\n/)
    expect(e.stdout).toMatch(/ runc:\n[\s\S]* docker-init:\n/)
  })

  it('names the context it talks to', () => {
    const e = last(
      'docker context create vm2 --docker host=tcp://192.168.1.11:2375\ndocker --context vm2 version',
    )
    expect(e.stdout).toContain(' Context:           vm2\n')
  })

  it('formats with a template or as json, the client part in the real field order', () => {
    expect(last("docker version --format '{{.Client.Version}} {{.Server.Version}}'").stdout).toBe(
      '28.2.2 28.2.2\n',
    )
    const json = JSON.parse(last('docker version -f json').stdout) as { Client: object }
    expect(Object.keys(json.Client)).toEqual([
      'Version',
      'ApiVersion',
      'DefaultAPIVersion',
      'GitCommit',
      'GoVersion',
      'Os',
      'Arch',
      'BuildTime',
      'Context',
    ])
  })

  it('refuses arguments and unknown flags as the client does', () => {
    expect(last('docker version foo')).toMatchObject({
      stderr:
        "docker: 'docker version' accepts no arguments\n\nUsage:  docker version [OPTIONS]\n\nRun 'docker version --help' for more information\n",
      exitCode: 1,
    })
    expect(last('docker info --bogus')).toMatchObject({
      stderr:
        "unknown flag: --bogus\n\nUsage:  docker info [OPTIONS]\n\nRun 'docker info --help' for more information\n",
      exitCode: 125,
    })
  })
})

describe('docker info', () => {
  const world = `docker run -d --name db redis
docker run -d --name web --link db nginx
docker run --name once busybox true
`

  it("starts with the real client's section and counts this daemon's containers", () => {
    const out = last(`${world}docker info`).stdout
    expect(
      out.startsWith(
        'Client:\n Version:    28.2.2\n Context:    default\n Debug Mode: false\n\nServer:\n',
      ),
    ).toBe(true)
    expect(out).toContain(' Containers: 3\n  Running: 2\n  Paused: 0\n  Stopped: 1\n Images: 3\n')
    expect(out).toContain(' Swarm: inactive\n')
    expect(out).toContain(' Name: default\n')
  })

  it('describes the daemon it is asked: another host has its own containers', () => {
    const out = last(
      `${world}docker context create vm2 --docker host=tcp://192.168.1.11:2375\ndocker --context vm2 system info`,
    ).stdout
    expect(out).toContain(' Containers: 0\n')
    expect(out).toContain(' Name: vm2\n')
  })

  it('shows swarm membership and the managers', () => {
    const swarm = `docker swarm init
docker context create vm2 --docker host=tcp://192.168.1.11:2375
`
    const hint = runScript(`${swarm}docker swarm join-token worker`).entries.at(-1)?.stdout ?? ''
    const token = /--token (\S+)/.exec(hint)?.[1] ?? ''
    const script = `${swarm}docker --context vm2 swarm join --token ${token} 192.168.1.10:2377
docker --context vm2 info --format '{{.Swarm.LocalNodeState}} {{.Swarm.ControlAvailable}} {{.Swarm.NodeAddr}}'`
    expect(last(script).stdout).toBe('active false 192.168.1.11\n')
  })

  it('prints the group help for docker system alone', () => {
    expect(last('docker system').stderr).toBe(`Usage:  docker system COMMAND

Manage Docker

Commands:
  df          Show docker disk usage
  events      Get real time events from the server
  info        Display system-wide information
  prune       Remove unused data

Run 'docker system COMMAND --help' for more information on a command.
`)
  })
})
