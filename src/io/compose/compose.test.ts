import { describe, expect, it } from 'vitest'
import { runScript } from '../../cli'
import { composeCommands, normalizeProjectName, type ComposeImport } from './compose'

const imported = (yaml: string, path = 'shop/compose.yaml', env = {}): ComposeImport => {
  const r = composeCommands(yaml, path, env)
  if (!r.ok) throw new Error(r.error)
  return r
}

/** Runs the import's commands: Docker must accept every one. */
function up(r: ComposeImport) {
  const run = runScript(r.lines.join('\n'))
  for (const e of run.entries) expect(e.stderr ?? '', e.command).toBe('')
  return run.state.topology
}

const containers = (t: ReturnType<typeof up>) =>
  [...t.containers.values()].map((c) => c.name).sort()

describe('the project a compose file makes', () => {
  it('is named after its folder, or its name: key, as compose normalizes them', () => {
    expect(normalizeProjectName('My_Shop-2!')).toBe('my_shop-2')
    expect(normalizeProjectName('--Front')).toBe('front')
    const yaml = 'services:\n  web:\n    image: nginx\n'
    expect(imported(yaml, 'Web Shop/compose.yaml').project).toBe('webshop')
    expect(imported(`name: Blog\n${yaml}`, 'x/compose.yaml').project).toBe('blog')
  })

  it('puts every service on <project>_default, under its service name, in containers <project>-<service>-<n>', () => {
    const r = imported(`
services:
  web:
    image: nginx
    depends_on: [db]
  db:
    image: postgres:16
    deploy:
      replicas: 2
`)
    expect(r.lines).toEqual([
      'docker network create --label com.docker.compose.network=default --label com.docker.compose.project=shop shop_default',
      'docker run -d --name shop-db-1 --network shop_default --network-alias db postgres:16',
      'docker run -d --name shop-db-2 --network shop_default --network-alias db postgres:16',
      'docker run -d --name shop-web-1 --network shop_default --network-alias web nginx',
    ])
    const t = up(r)
    expect(containers(t)).toEqual(['shop-db-1', 'shop-db-2', 'shop-web-1'])
  })

  it('starts services after what they depend on (long form, links, volumes_from, service: mode)', () => {
    const r = imported(`
services:
  a:
    image: alpine
    depends_on:
      b: { condition: service_started }
  b:
    image: alpine
    links: ["c:cache"]
  c:
    image: redis
    network_mode: service:d
  d:
    image: alpine
    command: sleep 1d
    volumes_from: [e]
  e:
    image: alpine
`)
    const order = r.lines.filter((l) => l.startsWith('docker run')).map((l) => l.split(' ')[4])
    expect(order).toEqual(['shop-e-1', 'shop-d-1', 'shop-c-1', 'shop-b-1', 'shop-a-1'])
    expect(r.lines).toContain('docker run -d --name shop-c-1 --network container:shop-d-1 redis')
    expect(r.lines.find((l) => l.includes('shop-b-1'))).toContain('--link shop-c-1:cache')
    up(r)
    // A donor named by its container, with a mode.
    const named = imported(
      'services:\n  a: {image: alpine, command: sleep 1d, container_name: store}\n  b: {image: alpine, volumes_from: ["container:store:ro"]}\n',
    )
    expect(named.lines.at(-1)).toContain('--volumes-from store:ro')
  })

  it('declared networks: aliases, static addresses, internal, driver options, IPAM, external', () => {
    const r = imported(`
services:
  api:
    image: nginx
    container_name: api
    networks:
      back:
        aliases: [backend]
        ipv4_address: 10.5.0.10
      front: {}
networks:
  back:
    internal: true
    driver_opts: { com.docker.network.bridge.name: br-back }
    ipam:
      config:
        - subnet: 10.5.0.0/24
          gateway: 10.5.0.1
  front:
    external: true
    name: proxy
`)
    expect(r.lines).toEqual([
      'docker network create --opt com.docker.network.bridge.name=br-back --internal --subnet 10.5.0.0/24 --gateway 10.5.0.1 --label com.docker.compose.network=back --label com.docker.compose.project=shop shop_back',
      'docker network create proxy',
      'docker run -d --name api --network shop_back --network-alias api --network-alias backend --ip 10.5.0.10 nginx',
      'docker network connect --alias api proxy api',
    ])
    expect(r.notes).toEqual([
      'compose.yaml: network proxy is external: made here as it would already exist.',
    ])
    const t = up(r)
    const api = [...t.containers.values()].find((c) => c.name === 'api')
    expect(api?.endpoints.map((e) => e.aliases)).toEqual([['api', 'backend'], ['api']])
  })

  it('mounts named, bind, anonymous and tmpfs volumes, short and long, read-only where asked', () => {
    const r = imported(`
services:
  db:
    image: postgres
    volumes:
      - data:/var/lib/postgresql/data
      - ./init:/docker-entrypoint-initdb.d:ro
      - /tmp/cache
      - type: tmpfs
        target: /run
      - type: volume
        source: logs
        target: /logs
        read_only: true
volumes:
  data: {}
  logs:
    name: shared-logs
`)
    const run = r.lines.find((l) => l.startsWith('docker run')) ?? ''
    expect(r.lines.slice(1, 3)).toEqual([
      'docker volume create --label com.docker.compose.project=shop --label com.docker.compose.volume=data shop_data',
      'docker volume create --label com.docker.compose.project=shop --label com.docker.compose.volume=logs shared-logs',
    ])
    expect(run).toContain('-v shop_data:/var/lib/postgresql/data')
    expect(run).toContain('-v /shop/init:/docker-entrypoint-initdb.d:ro')
    expect(run).toContain('-v /tmp/cache')
    expect(run).toContain('--tmpfs /run')
    expect(run).toContain('--mount type=volume,source=shared-logs,target=/logs,readonly')
    up(r)
  })

  it('publishes ports (short and long, ranges, host IP, protocol), exposes, sets the environment', () => {
    const r = imported(
      `
services:
  web:
    image: nginx
    ports:
      - "8080:80"
      - "127.0.0.1:8443:443/tcp"
      - "9000-9001:9000-9001/udp"
      - target: 53
        published: 5353
        host_ip: 0.0.0.0
        protocol: udp
    expose: ["3000"]
    environment:
      MODE: \${MODE:-production}
      TOKEN: "\${TOKEN}"
      PRICE: "$$5"
    hostname: shop
    extra_hosts: ["db.local:10.0.0.2"]
    dns: 1.1.1.1
    restart: unless-stopped
`,
      'shop/compose.yaml',
      { TOKEN: 'abc' },
    )
    const run = r.lines.find((l) => l.startsWith('docker run')) ?? ''
    expect(run).toBe(
      "docker run -d --name shop-web-1 --network shop_default --network-alias web --hostname shop -e MODE=production -e TOKEN=abc -e 'PRICE=$5' -p 8080:80 -p 127.0.0.1:8443:443/tcp -p 9000-9001:9000-9001/udp -p 0.0.0.0:5353:53/udp --expose 3000 --add-host db.local:10.0.0.2 --dns 1.1.1.1 --restart unless-stopped nginx",
    )
    const t = up(r)
    expect([...t.containers.values()][0]?.env).toContain('PRICE=$5')
  })

  it('mounts file secrets at /run/secrets, names built images as compose tags them, skips profiles', () => {
    const r = imported(`
services:
  app:
    build: .
    secrets: [db_password]
  debug:
    image: busybox
    profiles: [dev]
secrets:
  db_password:
    file: ./db_password.txt
`)
    expect(r.lines.at(-1)).toBe(
      'docker run -d --name shop-app-1 --network shop_default --network-alias app -v /shop/db_password.txt:/run/secrets/db_password:ro shop-app',
    )
    expect(r.notes).toEqual([
      'compose.yaml: service debug (line 6) is only in profiles ["dev"]: not started, as without --profile.',
      'compose.yaml: service app (line 4) is built: its image is shop-app, as compose tags it; Docknet does not run the build.',
    ])
  })

  it('names every key it does not simulate, with its line', () => {
    const r = imported(`services:
  web:
    image: nginx
    env_file: .env.web
    healthcheck:
      test: ["CMD", "true"]
    x-note: mine
configs:
  site: { file: ./site.conf }
`)
    expect(r.notes).toEqual([
      'compose.yaml: configs (line 8): not simulated; kept as written, and written back on export.',
      'compose.yaml: services.web.env_file (line 4): its variables are in a file Docknet cannot read; kept as written, and written back on export.',
      'compose.yaml: services.web.healthcheck (line 5): not simulated: containers are running as soon as started; kept as written, and written back on export.',
      'compose.yaml: services.web.x-note (line 7): an extension; kept as written, and written back on export.',
    ])
  })
})

describe('a compose file the import refuses', () => {
  const error = (yaml: string, env = {}) => {
    const r = composeCommands(yaml, 'shop/compose.yaml', env)
    return r.ok ? 'imported' : r.error
  }

  it('says where the YAML is broken', () => {
    expect(error('services:\n  web:\n    image: [nginx\n')).toMatch(
      /^compose\.yaml: line \d+, column \d+: /,
    )
    expect(error('services:\n  web: {image: a}\n  web: {image: b}\n')).toMatch(
      /^compose\.yaml: line 3, column 3: Map keys must be unique/,
    )
  })

  it('refuses an alias bomb and a huge file before building anything', () => {
    const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i)
      const next = String.fromCharCode(97 + i)
      laughs.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`)
    }
    expect(error(`${laughs.join('\n')}\nservices: {}\n`)).toMatch(/^compose\.yaml: .*alias/i)
    expect(error(`# ${'x'.repeat(3 * 1024 * 1024)}\nservices: {}\n`)).toBe(
      'compose.yaml: this file is too large (3.0 MB); Docknet reads compose files up to 2 MB.',
    )
  })

  it("refuses what compose refuses, in compose's words", () => {
    expect(
      error('services:\n  a: {image: x, depends_on: [b]}\n  b: {image: x, depends_on: [a]}\n'),
    ).toBe('compose.yaml: dependency cycle detected: a -> b -> a')
    expect(error('services:\n  a: {image: x, depends_on: [nope]}\n')).toBe(
      'compose.yaml: service "a" depends on undefined service "nope": invalid compose project',
    )
    expect(error('services:\n  a: {image: x, networks: [nope]}\n')).toBe(
      'compose.yaml: service "a" refers to undefined network nope: invalid compose project',
    )
    expect(error('services:\n  a: {restart: always}\n')).toBe(
      'compose.yaml: service "a" has neither an image nor a build context specified: invalid compose project',
    )
    expect(error('services:\n  a: {image: "${TAG:?set TAG first}"}\n')).toBe(
      'compose.yaml: required variable TAG is missing a value: set TAG first',
    )
  })

  it('refuses keys the compose spec does not have and values of the wrong type, with their line', () => {
    expect(error('services:\n  a: {image: x}\nhelicopters: 2\n')).toBe(
      "compose.yaml: line 3: (root) additional properties 'helicopters' not allowed",
    )
    expect(error('services:\n  a:\n    image: x\n    prots: ["80"]\n')).toBe(
      "compose.yaml: line 4: services.a additional properties 'prots' not allowed",
    )
    expect(error('services:\n  a:\n    image: x\n    ports: "80:80"\n')).toBe(
      'compose.yaml: line 4: services.a.ports must be a array',
    )
    expect(error('services:\n  a: {image: x}\nnetworks:\n  back:\n    drivr: bridge\n')).toBe(
      "compose.yaml: line 5: networks.back additional properties 'drivr' not allowed",
    )
    expect(error('services: [web]\n')).toBe('compose.yaml: line 1: services must be a mapping')
    // Extension keys are anyone's.
    expect(error('x-common: &c {image: x}\nservices:\n  a:\n    <<: *c\n    x-mine: 1\n')).toBe(
      'imported',
    )
  })

  it('names the features it cannot follow, with their line', () => {
    expect(error('services:\n  a:\n    extends: { file: base.yaml, service: web }\n')).toBe(
      "compose.yaml: services.a.extends (line 3): extends is not supported by Docknet's import.",
    )
    expect(error('include: [other.yaml]\nservices: {}\n')).toBe(
      "compose.yaml: include (line 1): including other compose files is not supported by Docknet's import.",
    )
  })
})
