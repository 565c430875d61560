// Predict steps: the right answer is the engine's, at the moment of asking.
import { describe, expect, it } from 'vitest'
import { NO, NO_ADDRESS, predict, runScript, YES, type ShellState } from './index'

function world(script: string): ShellState {
  return runScript(script).state
}

describe('predict', () => {
  it('answers no to ping by name across the default bridge, with the DNS reason', () => {
    const s = world(`docker run -dit --name centos-1 centos
docker run -dit --name centos-2 centos`)
    const p = predict(s, {
      kind: 'yesNo',
      goal: { kind: 'reaches', by: 'name', from: 'centos-2', to: 'centos-1' },
    })
    expect(p.choices).toEqual([YES, NO])
    expect(p.answer).toBe(NO)
    expect(p.why).toMatchObject({ reasons: [{ kind: 'dns', cause: { code: 'default-bridge' } }] })
  })

  it('answers yes once both are on a user-defined network', () => {
    const s = world(`docker network create testnet
docker run -dit --name centos-1 --network testnet centos
docker run -dit --name centos-2 --network testnet centos`)
    const p = predict(s, {
      kind: 'yesNo',
      goal: { kind: 'reaches', by: 'name', from: 'centos-2', to: 'centos-1' },
    })
    expect(p.answer).toBe(YES)
  })

  it("offers a container's every address and picks the one its network's DNS gives", () => {
    const s = world(`docker run -dit --name centos-1 centos
docker run -dit --name centos-2 centos
docker network create testnet
docker network connect --alias db testnet centos-1
docker network connect testnet centos-2`)
    const p = predict(s, { kind: 'address', from: 'centos-2', name: 'db' })
    expect(p.choices).toEqual(['172.17.0.2', '172.18.0.2', NO_ADDRESS])
    expect(p.answer).toBe('172.18.0.2')
    expect(p.why).toMatchObject({ kind: 'resolves', met: true })
  })

  it('answers none for a name the default bridge cannot resolve', () => {
    const s = world(`docker run -dit --name centos-1 centos
docker run -dit --name centos-2 centos`)
    const p = predict(s, { kind: 'address', from: 'centos-2', name: 'centos-1' })
    expect(p.choices).toEqual(['172.17.0.2', NO_ADDRESS])
    expect(p.answer).toBe(NO_ADDRESS)
  })

  it("gives the local ambassador's address for a server on another host", () => {
    const s = world(`docker context create vm2 --docker host=tcp://192.168.1.11:2375
docker --context vm2 run -d --name mysql -e MYSQL_ROOT_PASSWORD=secret mysql
docker --context vm2 run -d --link mysql:mysql --name ambassador1 -p 3306:3306 svendowideit/ambassador
docker run -dit --name other busybox
docker run -d --name ambassador2 --expose 3306 -e MYSQL_PORT_3306_TCP=tcp://192.168.1.11:3306 svendowideit/ambassador
docker run -d --name wordpress --link ambassador2:mysql wordpress`)
    const p = predict(s, { kind: 'address', from: 'wordpress', name: 'mysql' })
    expect(p.answer).toBe('172.17.0.3')
    expect(p.choices).toEqual(['172.17.0.2', '172.17.0.3', '192.168.1.11', NO_ADDRESS])
  })

  it('answers a refused question from the command run in memory', () => {
    const s = world('docker network create my_net')
    const p = predict(s, {
      kind: 'yesNo',
      goal: {
        kind: 'refused',
        command: 'docker run -dit --name bbox1 --network my_net --ip 172.18.0.10 busybox',
      },
    })
    expect(p.answer).toBe(YES)
    expect(p.why.kind === 'refused' && p.why.stderr).toContain(
      'user specified IP address is supported only when connecting to networks with user configured subnets',
    )
  })
})
