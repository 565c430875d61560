// Stopped containers and networks, as the docker client shows them.
// Sources: moby v28.2.2 daemon/container_operations.go (ConnectToNetwork, DisconnectFromNetwork,
// cleanOperationalData keeps NetworkID at stop), daemon/network.go buildEndpointInfo (NetworkID
// written when the container joins), daemon/start_linux.go (start errors wrapped as "failed to
// set up container networking: ..."); docker/cli v28.2.2 cli/command/container/start.go (each
// daemon error on its own line, then "failed to start containers: NAMES").
import { describe, expect, it } from 'vitest'
import { runScript } from '../index'

function last(script: string) {
  const e = runScript(script).entries.at(-1)
  if (!e) throw new Error('no command ran')
  return e
}

const RM_WHILE_STOPPED = `docker network create app
docker run -d --name web --network app nginx
docker stop web
docker network rm app`

describe('a stopped container whose network is gone', () => {
  it('network rm succeeds and prints the name', () => {
    expect(last(RM_WHILE_STOPPED)).toMatchObject({ stdout: 'app\n', exitCode: 0 })
  })

  it('keeps the config in inspect, with the old NetworkID and nothing operational', () => {
    const script = `${RM_WHILE_STOPPED}\ndocker inspect -f '{{json .NetworkSettings.Networks}}' web`
    const { entries } = runScript(script)
    const id = entries[0]?.stdout.trim()
    const networks = JSON.parse(entries.at(-1)?.stdout ?? '') as Record<string, unknown>
    expect(Object.keys(networks)).toEqual(['app'])
    expect(networks['app']).toMatchObject({
      NetworkID: id,
      EndpointID: '',
      IPAddress: '',
      Gateway: '',
      MacAddress: '',
    })
  })

  it('fails its start with the id it was pinned to, as docker start prints it', () => {
    const { entries } = runScript(`${RM_WHILE_STOPPED}\ndocker start web`)
    const id = entries[0]?.stdout.trim() ?? ''
    expect(entries.at(-1)).toMatchObject({
      stdout: '',
      stderr: `Error response from daemon: failed to set up container networking: network ${id} not found\nError: failed to start containers: web\n`,
      exitCode: 1,
    })
  })

  it('starts again once disconnected from it, with or without -f', () => {
    for (const flag of ['', ' -f']) {
      const script = `${RM_WHILE_STOPPED}\ndocker network disconnect${flag} app web\ndocker start web`
      expect(last(script)).toMatchObject({ stdout: 'web\n', exitCode: 0 })
    }
  })

  it('is listed by docker ps under the networks it keeps', () => {
    expect(
      last(`${RM_WHILE_STOPPED}\ndocker ps -a --format '{{.Names}}: {{.Networks}}'`).stdout,
    ).toBe('web: app\n')
  })
})

describe('connecting a stopped container', () => {
  it('twice, and to a network that does not exist, succeeds silently', () => {
    const script = `docker network create app
docker create --name web nginx
docker network connect app web
docker network connect app web
docker network connect ghost web
docker ps -a --format '{{.Networks}}'`
    const { entries } = runScript(script)
    expect(entries.slice(2, 5).map((e) => [e.stdout, e.stderr, e.exitCode])).toEqual([
      ['', '', 0],
      ['', '', 0],
      ['', '', 0],
    ])
    expect(entries.at(-1)?.stdout).toBe('bridge,app,ghost\n')
  })

  it('to a missing network: the start fails naming it, and the container stays created', () => {
    const script = `docker create --name web nginx
docker network connect ghost web
docker start web
docker ps -a --format '{{.Names}} {{.Status}}'`
    const { entries } = runScript(script)
    expect(entries[2]?.stderr).toBe(
      'Error response from daemon: failed to set up container networking: network ghost not found\nError: failed to start containers: web\n',
    )
    expect(entries[3]?.stdout).toBe('web Created\n')
  })

  it('shows an empty NetworkID until the container first joins the network', () => {
    const f = `'{{.NetworkSettings.Networks.bridge.NetworkID}}'`
    expect(last(`docker create --name web nginx\ndocker inspect -f ${f} web`).stdout).toBe('\n')
    const started = last(
      `docker run -d --name web nginx\ndocker stop web\ndocker inspect -f ${f} web`,
    )
    expect(started.stdout).toMatch(/^[0-9a-f]{64}\n$/)
  })
})

describe('docker run --network of a network that does not exist', () => {
  it('creates the container, then its start fails (Engine 28)', () => {
    const { entries } = runScript(`docker run -d --name web --network ghost nginx
docker ps -a --format '{{.Names}} {{.Status}} {{.Networks}}'`)
    expect(entries[0]).toMatchObject({
      stderr:
        "docker: Error response from daemon: failed to set up container networking: network ghost not found\n\nRun 'docker run --help' for more information\n",
      exitCode: 125,
    })
    expect(entries[1]?.stdout).toBe('web Created ghost\n')
  })
})
