/**
 * Teaching examples as data: one docker script per mechanism of the seed notes, replayed by the
 * simulator to build a ready-to-explore picture (`/?example=<id>`).
 */
export interface Scenario {
  readonly id: string
  readonly title: string
  readonly lesson: string
  readonly script: string
}

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'link',
    title: 'Legacy --link',
    lesson:
      'A link writes the child into the parent’s /etc/hosts, under its alias, hostname and name.',
    script: `docker run -d --name db training/postgres
docker run -d --name web --link db:db training/webapp python app.py`,
  },
  {
    id: 'link-env',
    title: 'Link environment variables',
    lesson: 'The parent gets DB_PORT_5432_TCP and friends, frozen at its start.',
    script: `docker run -d --name db -e POSTGRES_PASSWORD=secret training/postgres
docker run -d -P --name web --link db:db training/webapp python app.py`,
  },
  {
    id: 'ambassador',
    title: 'Ambassadors across two hosts',
    lesson:
      'wordpress on the default host reaches mysql on vm2 through two socat ambassadors and a published port.',
    script: `docker context create vm2 --docker host=tcp://192.168.1.11:2375
docker --context vm2 run -d --name mysql -e MYSQL_ROOT_PASSWORD=secret mysql
docker --context vm2 run -d --link mysql:mysql --name ambassador1 -p 3306:3306 svendowideit/ambassador
docker run -d --name ambassador2 --expose 3306 -e MYSQL_PORT_3306_TCP=tcp://192.168.1.11:3306 svendowideit/ambassador
docker run -d --name wordpress --link ambassador2:mysql wordpress`,
  },
  {
    id: 'volumes',
    title: 'Volumes and --volumes-from',
    lesson: 'Containers that share a mount see each other’s files.',
    script: `docker volume create shared
docker run -dit --name leader -v shared:/leader busybox
docker run -dit --name follower --volumes-from leader busybox
docker exec leader sh -c 'echo hello > /leader/note'`,
  },
  {
    id: 'joined',
    title: 'Joined network namespace',
    lesson: '--net=container:web1 shares web1’s interfaces: httpd answers on 127.0.0.1.',
    script: `docker run -d --name web1 httpd
docker run -dit --name sidecar --network container:web1 busybox`,
  },
  {
    id: 'host-network',
    title: 'Host networking',
    lesson: 'A --net=host container listens on the host’s own addresses.',
    script: `docker run -d --name mysqlserver --net=host -e MYSQL_ROOT_PASSWORD=123456 mysql
docker run -dit --name client busybox`,
  },
  {
    id: 'icc',
    title: 'docker0 with --icc=false',
    lesson: 'Only linked containers talk, and only on the child’s exposed ports.',
    script: `dockerd --icc=false
docker run -d --name db training/postgres
docker run -d --name web --link db:db training/webapp python app.py
docker run -dit --name stranger busybox`,
  },
  {
    id: 'ports',
    title: 'Published ports',
    lesson: '-p 8066:3306 runs a docker-proxy and adds DNAT and ACCEPT rules.',
    script: `docker run -d --name mysqlserver -p 8066:3306 -e MYSQL_ROOT_PASSWORD=123456 mysql
docker run -dit --name client busybox`,
  },
  {
    id: 'user-bridge-dns',
    title: 'User-defined bridge and DNS',
    lesson: 'Containers on a user network resolve each other by name and alias through 127.0.0.11.',
    script: `docker network create testnet
docker run -dit --name centos-1 --network testnet --network-alias db centos
docker run -dit --name centos-2 --network testnet centos
docker run -dit --name outsider busybox`,
  },
  {
    id: 'static-ip',
    title: 'Static IP',
    lesson: '--ip works on a user network created with --subnet.',
    script: `docker network create --subnet 172.22.16.0/24 my_net2
docker run -dit --name bbox1 --network my_net2 --ip 172.22.16.10 busybox
docker run -dit --name bbox2 --network my_net2 busybox`,
  },
  {
    id: 'macvlan',
    title: 'macvlan on two hosts',
    lesson:
      'web has an address on the LAN: vm2 and its containers reach it directly, but its own host and client cannot (the kernel does not pass traffic between eth0 and its macvlan children).',
    script: `docker context create vm2 --docker host=tcp://192.168.1.11:2375
docker network create -d macvlan --subnet 192.168.1.0/24 --gateway 192.168.1.1 -o parent=eth0 lan
docker --context vm2 network create -d macvlan --subnet 192.168.1.0/24 --gateway 192.168.1.1 -o parent=eth0 lan
docker run -d --name web --network lan --ip 192.168.1.50 nginx
docker run -dit --name client busybox
docker --context vm2 run -dit --name far --network lan --ip 192.168.1.100 busybox
docker --context vm2 run -dit --name remote busybox`,
  },
]

export function findScenario(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id)
}
