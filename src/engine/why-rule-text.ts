/**
 * A refusal's or a note's rule (why-rule.ts) worded in English: one short paragraph naming the
 * rule that decided and what to do, and the records that show it.
 */
import type { LanHolder, WhyEvidence, WhyRule } from './why-rule'

export function whyRuleText(r: WhyRule): string {
  switch (r.kind) {
    case 'name-in-use':
      return `A container's name is unique on its host: the daemon of host ${r.host} keeps one table of names, and "${r.name}" already names a container there${r.holderState ? ` (${r.holderState})` : ''}, even a stopped one. Remove it (docker rm -f), rename it, or give this one another name.`
    case 'link-not-running':
      return `A link is made when the container starts, from the linked container's address and ports: ${r.child} is not running, so it has no address to write into /etc/hosts and the link variables. Start ${r.child} first.`
    case 'link-target-missing':
      return `--link names a container on the same host: no container on host ${r.host} is called ${r.ref}.${r.elsewhere ? ' Links never cross hosts: across hosts, publish the port on the other host and connect to that host’s address, or put an ambassador on each side.' : ''}`
    case 'link-without-network':
      return `A link writes the linked container into the new container's own /etc/hosts and environment, on the default bridge. With --network host or container:NAME the container has no network of its own to link from, so Docker refuses the two together: on a user-defined network, names need no link.`
    case 'publish-joined':
      return `-p publishes a port of the container's own network namespace. Joined to another's (--network container:NAME) it has none: publish the port on the container it joins.`
    case 'join-not-running':
      return `--network container:NAME shares that container's network namespace, which exists only while it runs: ${r.donor} is ${r.state}. Start it first.`
    case 'port-allocated': {
      const { host, hostIp, port } = r
      return `A host port is bound once per address on a host: ${r.holder ? `docker-proxy for ${r.holder} already listens on ${hostIp}:${port} on host ${host}` : `${hostIp}:${port} is already taken on host ${host}`}. Publish another host port (-p ${port + 1}:…) or stop the container that holds it. The new container was created, not started: it keeps its name until removed.`
    }
    case 'exec-not-running':
      return `docker exec runs a process inside a running container's namespaces: ${r.container} is ${r.state ?? 'not running'}. Start it first.`
    case 'remove-running':
      return `docker rm removes a stopped container: ${r.ref} is running. Stop it first, or remove it with -f, which kills it.`
    case 'network-in-use':
      return `A network is removed only when no running container is attached to it: disconnect them (docker network disconnect) or stop them first.`
    case 'volume-in-use':
      return `A volume is kept while a container uses it, even a stopped one: remove the container first (its data stays in the volume until the volume goes).`
    case 'static-ip-default':
      return `--ip chooses an address on a user-defined network: on the default bridge Docker hands addresses out in order. Create a network with --subnet and run the container on it with --ip.`
    case 'static-ip-no-subnet':
      return `--ip chooses an address from a subnet the user gave: this network was created without --subnet. Create one with --subnet (docker network create --subnet 172.30.0.0/16 NAME).`
    case 'other-host':
      return `Each host's daemon knows only its own containers: this command went to host ${r.host}, and ${r.ref} runs on ${r.hosts.map((h) => `host ${h}`).join(', ')}. Send it there with docker --context HOST.`
    case 'volume-unused':
      return `A named volume outlives the containers that use it: docker rm removes a container's anonymous volumes (with -v), never a named one, so ${r.volume} and the files in it stay on host ${r.host} until docker volume rm ${r.volume}. Mount it again (-v ${r.volume}:/path) to use its data, or remove it.`
    case 'never-started':
      return `${r.container} was created but never started: Docker makes a container's network endpoints when it starts, so it has no address yet, no DNS name answers for it and no published port leads to it. docker start ${r.container} gives it its addresses.`
    case 'stopped':
      return `A stopped container has no network: when ${r.container} stopped, Docker deleted its endpoints and released its addresses, so no DNS name answers for it and no published port leads to it; containers linked to it keep a line in /etc/hosts that points to nothing. docker start ${r.container} gives it the lowest free address again, which may not be the one it had; the /etc/hosts lines of the containers linked to it follow, their link variables do not.`
    case 'link-env-stale':
      return `Link variables are written into ${r.parent}'s environment once, when it starts, from ${r.child}'s address then (${r.was}). ${r.child} has started again since and now has ${r.now}: Docker rewrote the ${r.alias} line of ${r.parent}'s /etc/hosts, but never the variables, so a program that reads ${r.alias.toUpperCase()}_PORT connects to ${r.was}, where ${r.reused ? `${r.reused} answers now` : 'nothing answers'}. Restart ${r.parent} to set them again, or have the program use the name ${r.alias}.`
    case 'lan-clash':
      return `${r.driver} puts ${r.container} on the LAN itself, with its own MAC address, and its address comes from the IPAM of network ${r.network} on host ${r.host}, which knows only that daemon's containers: not the LAN's other machines, nor the same subnet used on another host. ${holderText(r.holder)}, so two machines answer ARP for one address and the LAN's traffic for it reaches either. Give ${r.container} an address nobody holds, and give each host's network its own part of the subnet (--ip-range) so it cannot happen again.`
  }
}

function holderText(h: LanHolder): string {
  return 'host' in h
    ? `host ${h.host} has ${h.ip} as its own LAN address`
    : `${h.container ?? 'another container'} holds ${h.ip} on host ${h.on ?? '?'}`
}

/** A record that shows a rule: Docker's own as it prints it, a fact in a line. */
export function whyEvidenceText(e: WhyEvidence): string {
  if (typeof e === 'string') return e
  switch (e.kind) {
    case 'attached':
      return `attached to ${e.network}: ${e.endpoints}`
    case 'runs-on':
      return `${e.container} runs on host ${e.host}`
    case 'holds-now':
      return `${e.container} holds ${e.ip} now`
    case 'lan-address':
      return `${e.container} on ${e.host}: ${e.ip} (network ${e.network}, ${e.subnet})`
    case 'lan-holder':
      return holderText(e.holder)
  }
}
