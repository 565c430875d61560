/**
 * Teaching examples as data: one docker script per mechanism of the seed notes, replayed by the
 * simulator to build a ready-to-explore picture (`/?example=<id>`). Their titles and one-line
 * lessons are titles.ts (first paint); the scripts load with the first example opened.
 */
import { SCENARIO_TITLES, type ScenarioTitle } from './titles'

export interface Scenario extends ScenarioTitle {
  readonly script: string
}

const SCRIPTS: Readonly<Record<string, string>> = {
  link: `docker run -d --name db training/postgres
docker run -d --name web --link db:db training/webapp python app.py`,
  'link-env': `docker run -d --name db -e POSTGRES_PASSWORD=secret training/postgres
docker run -d -P --name web --link db:db training/webapp python app.py`,
  ambassador: `docker context create vm2 --docker host=tcp://192.168.1.11:2375
docker --context vm2 run -d --name mysql -e MYSQL_ROOT_PASSWORD=secret mysql
docker --context vm2 run -d --link mysql:mysql --name ambassador1 -p 3306:3306 svendowideit/ambassador
docker run -d --name ambassador2 --expose 3306 -e MYSQL_PORT_3306_TCP=tcp://192.168.1.11:3306 svendowideit/ambassador
docker run -d --name wordpress --link ambassador2:mysql wordpress`,
  volumes: `docker volume create shared
docker run -dit --name leader -v shared:/leader busybox
docker run -dit --name follower --volumes-from leader busybox
docker exec leader sh -c 'echo hello > /leader/note'`,
  joined: `docker run -d --name web1 httpd
docker run -dit --name sidecar --network container:web1 busybox`,
  'host-network': `docker run -d --name mysqlserver --net=host -e MYSQL_ROOT_PASSWORD=123456 mysql
docker run -dit --name client busybox`,
  icc: `dockerd --icc=false
docker run -d --name db training/postgres
docker run -d --name web --link db:db training/webapp python app.py
docker run -dit --name stranger busybox`,
  ports: `docker run -d --name mysqlserver -p 8066:3306 -e MYSQL_ROOT_PASSWORD=123456 mysql
docker run -dit --name client busybox`,
  'user-bridge-dns': `docker network create testnet
docker run -dit --name centos-1 --network testnet --network-alias db centos
docker run -dit --name centos-2 --network testnet centos
docker run -dit --name outsider busybox`,
  'static-ip': `docker network create --subnet 172.22.16.0/24 my_net2
docker run -dit --name bbox1 --network my_net2 --ip 172.22.16.10 busybox
docker run -dit --name bbox2 --network my_net2 busybox`,
  macvlan: `docker context create vm2 --docker host=tcp://192.168.1.11:2375
docker network create -d macvlan --subnet 192.168.1.0/24 --gateway 192.168.1.1 -o parent=eth0 lan
docker --context vm2 network create -d macvlan --subnet 192.168.1.0/24 --gateway 192.168.1.1 -o parent=eth0 lan
docker run -d --name web --network lan --ip 192.168.1.50 nginx
docker run -dit --name client busybox
docker --context vm2 run -dit --name far --network lan --ip 192.168.1.100 busybox
docker --context vm2 run -dit --name remote busybox`,
}

export const SCENARIOS: readonly Scenario[] = SCENARIO_TITLES.map((t) => ({
  ...t,
  script: SCRIPTS[t.id] ?? '',
}))

export function findScenario(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id)
}
