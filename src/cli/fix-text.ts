/** What a fix does (fix-rule.ts), in a sentence: English, as the terminal prints it. */
import type { FixRule } from './fix-rule'

export function fixWhy(r: FixRule): string {
  switch (r.kind) {
    case 'start':
      return `start ${r.container}: a stopped container has no address and answers no name`
    case 'link':
      return `recreate ${r.from} with --link ${r.target}:${r.alias}: the link writes ${r.alias} into its /etc/hosts`
    case 'connect':
      return `connect ${r.container} to ${r.network}: its embedded DNS answers the names of its members`
    case 'new-network':
      return `put ${r.containers.join(' and ')} on a new user-defined network, ${r.network}, whose embedded DNS answers their names`
    case 'add-host': {
      const pub = r.publish === null ? '' : `publish ${r.publish} on host ${r.host}, and `
      const so = r.across
        ? `names do not cross hosts, so ${r.name} becomes host ${r.host}'s address`
        : `the host's network resolves no container names, so ${r.name} is written into its /etc/hosts`
      return `${pub}recreate ${r.from} with --add-host ${r.name}:${r.address}: ${so}`
    }
    case 'rename-holder':
      return `rename the container that holds the name ${r.holder}, and run the command again`
    case 'remove-holder':
      return `remove the container that holds the name ${r.holder}, and run the command again`
    case 'start-link-child':
      return `start ${r.child}, so the link has an address to write, and run the command again`
    case 'start-then-again':
      return `start ${r.container}, and run the command again`
    case 'stop-then-remove':
      return `stop ${r.container}, and remove it then`
    case 'disconnect-then-remove':
      return `disconnect ${r.members.join(', ')} from ${r.network}, and remove it then`
    case 'remove-volume-users':
      return `remove ${r.users.join(', ')}, which ${r.users.length === 1 ? 'uses' : 'use'} the volume, and remove it then`
    case 'send-to-host':
      return `send the command to host ${r.host}, where ${r.container} runs`
    case 'publish-other-port':
      return `publish host port ${r.port} instead, which nothing holds on host ${r.host}`
    case 'stop-port-holder':
      return `stop ${r.holder}, which holds port ${r.port}, and ${r.start !== null ? `start ${r.start}` : 'run the command again'}`
    case 'static-ip-network':
      return r.moved === null
        ? `create ${r.network} with the subnet ${r.subnet}, and run the container on it`
        : `create ${r.network} with the free subnet ${r.subnet} (the address's own overlaps a network there), and run the container on it at ${r.moved}`
    case 'remove-volume':
      return `remove the volume ${r.volume}, and the files in it`
    case 'start-stopped':
      return `start ${r.container}`
    case 'restart-link-env':
      return `restart ${r.container}, so its link variables are written again from the address ${r.alias} has now`
    case 'free-lan-address':
      return `give ${r.container} the address ${r.address} on ${r.network}, which no machine of the LAN holds`
  }
}
