/** The inspector panels' words: English, Chinese on demand (i18n/catalog.ts). */
import type { Container } from '../../engine'
import { defineMessages, type MessageBundle } from '../i18n/catalog'

const en = {
  tabEdit: 'Edit',
  tabHosts: '/etc/hosts',
  tabEnv: 'Env',
  tabResolv: 'resolv.conf',
  tabDns: 'DNS',
  tabReach: 'Reach',
  tabRun: 'docker run',
  tabInspect: 'Inspect',
  containerViews: 'Container views',
  /** Docker's state word as `docker ps` has it (the Chinese words it as the cards do). */
  containerSummary: (p: { image: string; state: Container['state']; host: string }) =>
    `${p.image} · ${p.state} · host ${p.host}`,
  notRunning: '(container not running)',
  setByLink: 'set by --link',
  editContainer: (p: { name: string }) => `Edit container ${p.name}`,
  name: 'Name',
  image: 'Image',
  environment: 'Environment',
  environmentHint: '-e, one KEY=value per line',
  publishedPorts: 'Published ports',
  publishHint: '-p, e.g. 8080:80',
  exposedPorts: 'Exposed ports',
  volumesField: 'Volumes',
  volumesHint: '-v, e.g. data:/data or /srv/site:/usr/share/nginx/html',
  networkMode: 'Network mode',
  networkAliases: 'Network aliases',
  staticIp: 'Static IP',
  running: 'Running',
  apply: 'Apply',
  reset: 'Reset',
  recreateNote:
    'Docker fixes most of these when a container is created: applying them recreates it (docker rm -f, then docker run), as the status line shows.',
  linkAlias: 'Alias (the name the parent sees)',
  mountPath: 'Mount path in the container',
  readOnly: 'read-only',
  applyRecreates: 'Apply (recreates the container)',
  removeEdge: 'Remove this edge',
  hostSummary: (p: { lanIp: string }) => `Docker host · LAN ${p.lanIp}`,
  daemon: 'Daemon',
  noPublished: 'No running container publishes a port on this host.',
  networkSummary: (p: { driver: string; host: string | null; internal: boolean }) =>
    `${p.driver} network · ${p.host === null ? 'swarm scope' : `host ${p.host}`}${p.internal ? ' · internal' : ''}`,
  renameNetwork: 'Docker cannot rename a network: it is made again, with its containers',
  subnetField: 'Subnet',
  changeSubnet: 'Change subnet',
  changeSubnetTitle:
    'Docker cannot change a network’s subnet: it is made again on the new one, with its containers',
  subnet: (p: { subnet: string; gateway: string | null }) =>
    `subnet ${p.subnet}${p.gateway ? ` · gateway ${p.gateway}` : ''}`,
  containers: 'Containers',
  noMembers: 'No container is attached.',
  memberName: 'name',
  memberIp: 'IP',
  memberAliases: 'aliases',
  volumeSummary: (p: { driver: string; host: string; name: string }) =>
    `${p.driver} volume · host ${p.host} · /var/lib/docker/volumes/${p.name}/_data`,
  renameVolume:
    'Docker cannot rename a volume: it is made again, its data copied, with its containers',
  mountedBy: 'Mounted by',
  noMounts: 'No container mounts it.',
  rename: 'Rename',
  noOthers: 'No other container.',
  reachable: 'reachable',
  byIpOnly: 'reachable by IP address only',
  byIpOnlyTitle: 'reachable by IP address only, not by its name',
  unreachable: 'unreachable',
  whyLabel: (p: { to: string }) => `Why, ${p.to}`,
  why: 'why',
  traceLabel: (p: { to: string }) => `Trace to ${p.to}`,
  trace: 'trace',
}

export type InspectorMessages = typeof en

export const inspectorMessages: MessageBundle<InspectorMessages> = defineMessages(en, () =>
  import('./messages.zh').then((m) => m.zh),
)
