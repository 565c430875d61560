/**
 * The examples as the toolbar lists them and the inspector introduces them: what first paint
 * needs. Their docker scripts (index.ts) load with the first example opened.
 */
export interface ScenarioTitle {
  readonly id: string
  readonly title: string
  readonly lesson: string
}

export const SCENARIO_TITLES: readonly ScenarioTitle[] = [
  {
    id: 'link',
    title: 'Legacy --link',
    lesson:
      'A link writes the child into the parent’s /etc/hosts, under its alias, hostname and name.',
  },
  {
    id: 'link-env',
    title: 'Link environment variables',
    lesson: 'The parent gets DB_PORT_5432_TCP and friends, frozen at its start.',
  },
  {
    id: 'ambassador',
    title: 'Ambassadors across two hosts',
    lesson:
      'wordpress on the default host reaches mysql on vm2 through two socat ambassadors and a published port.',
  },
  {
    id: 'volumes',
    title: 'Volumes and --volumes-from',
    lesson: 'Containers that share a mount see each other’s files.',
  },
  {
    id: 'joined',
    title: 'Joined network namespace',
    lesson: '--net=container:web1 shares web1’s interfaces: httpd answers on 127.0.0.1.',
  },
  {
    id: 'host-network',
    title: 'Host networking',
    lesson: 'A --net=host container listens on the host’s own addresses.',
  },
  {
    id: 'icc',
    title: 'docker0 with --icc=false',
    lesson: 'Only linked containers talk, and only on the child’s exposed ports.',
  },
  {
    id: 'ports',
    title: 'Published ports',
    lesson: '-p 8066:3306 runs a docker-proxy and adds DNAT and ACCEPT rules.',
  },
  {
    id: 'user-bridge-dns',
    title: 'User-defined bridge and DNS',
    lesson: 'Containers on a user network resolve each other by name and alias through 127.0.0.11.',
  },
  {
    id: 'static-ip',
    title: 'Static IP',
    lesson: '--ip works on a user network created with --subnet.',
  },
  {
    id: 'macvlan',
    title: 'macvlan on two hosts',
    lesson:
      'web has an address on the LAN: vm2 and its containers reach it directly, but its own host and client cannot (the kernel does not pass traffic between eth0 and its macvlan children).',
  },
]
