/** The engine's one door: the model, its operations and its derived views. */
export * from './model'
export * from './error-core'
export { errorText } from './errors'
export { mainPid, makeId, shortId } from './ids'
export {
  imageRepo,
  imageWithTag,
  lookupImage,
  catalogImages,
  checkImageReference,
  type ImageInfo,
  type PingFlavour,
} from './images'
export * from './port-spec'
export * from './world'
export { derive, mapSet, PersistentMap, type DerivedView } from './persistent-map'
export { linksTo, networkMembers, volumeUsers } from './container-index'
export {
  createNetwork,
  removeNetwork,
  connectContainer,
  disconnectContainer,
  type NetworkSpec,
  type ConnectOptions,
} from './networks'
export { namespaceOwner } from './namespace'
export { createContainer, type ContainerSpec, type Created } from './container-create'
export {
  startContainer,
  stopContainer,
  restartContainer,
  stopForRestart,
  removeContainer,
  renameContainer,
  staysRunning,
  appendLogs,
  type RemoveOptions,
} from './container-lifecycle'
export {
  createVolume,
  removeVolume,
  volumeKey,
  locateFile,
  sharedMounts,
  volumeLabels,
  type FileLocation,
} from './mounts'
export {
  publishedPorts,
  hostIptables,
  bridgeName,
  bindingAddresses,
  IPTABLES_CHAINS,
  type PublishedPort,
  type IptablesTables,
} from './ports'
export { joinedOnce } from './stopped-networks'
export { computeHostsFile, hostMachineHostsFile, hostsEntries, type HostsEntry } from './hosts-file'
export { computeResolvConf, usesEmbeddedDns, EMBEDDED_DNS } from './resolv-conf'
export { computeLinkEnv, computeProcessEnv, linkEnvVars, type ProcessOptions } from './link-env'
export {
  resolveName,
  reverseLookup,
  reverseDns,
  endpointDnsNames,
  computeDnsView,
  isAnswer,
  networkDnsTables,
  type DnsAnswer,
  type DnsSource,
  type DnsFailure,
  type Unresolved,
  containerCalled,
} from './dns'
export { listeningPorts, ambassadorForwards, isAmbassador, runsService } from './services'
export { checkReach, ambassadorChains, type ReachVerdict, type PortReach } from './reachability'
export { directRoutes, type Route } from './reach-routes'
export type {
  Blocker,
  BlockerCode,
  Hop,
  Ref,
  Socket,
  AmbassadorHop,
  HostLoopbackHop,
  HostNetworkHop,
  HostToBridgeHop,
  LanHop,
  NetworkHop,
  PublishedHop,
  SameNamespaceHop,
} from './reach-hops'
export { blockerText, portReasonText, routeLines, unresolvedText, verdictText } from './reach-text'
export { ask, type Asked, type Evidence, type Way, type WhyReason } from './ask'
export { evidenceText, walkStepLines, whyText } from './why-text'
export { englishProse, type Prose } from './prose'
export { refusalExplainable, refusalWhy, type RefusalWhy } from './refusal-why'
export { freeLanAddress, noteKey, noteWhy, type DiagnosticNote } from './note-why'
export { EXPLAINED_REFUSALS, explainedRefusal } from './refusal-codes'
export { walk, type PacketEnd, type WalkStep } from './walk'
export { computeReachIndex, countReachablePairs, reaches, type ReachIndex } from './reach-index'
export { computeWorldViews, viewsChecksum, type WorldViews } from './views'
export * from './ip'
export { probeTcp, pingable, isPublicIp, hasRouteOut, type Probe } from './probe'
export { worldIndex, worldHostContainers, type WorldIndex } from './world-index'
export { swarmInit, swarmJoin, swarmInfo } from './swarm'
export { makeSwarmId } from './ids'
export {
  DRIVER_CAPS,
  NETWORK_DRIVERS,
  driverCaps,
  isNetworkDriver,
  mapsPorts,
  reportsPorts,
  type DriverCaps,
  type DriverReach,
} from './drivers'
export {
  BRIDGE_MODE,
  HOST_MODE,
  NONE_MODE,
  parseNetworkMode,
  networkModeText,
  usesHostNetwork,
  joinsContainer,
} from './network-mode'
export { lanFacts, type LanFacts } from './macvlan'
export { lanOptions, isLanDriver, type LanOptions } from './lan-options'
export { wireEndpoints, type WireEndpoint } from './lan-reach'
export { sha256Hex } from './sha256'
export { removeHost } from './remove-host'
export { boolFilter, filterArgs, validateFilters, type FilterArgs } from './filters'
export { pruneContainers, pruneImages, pruneNetworks, pruneVolumes, type Pruned } from './prune'
export { listContainers, type ListOptions } from './list-containers'
export { listNetworks, listVolumes, isPredefinedName, networkScope } from './list-objects'
export {
  dropImages,
  findImage,
  holdImage,
  hostImages,
  imageKey,
  type StoredImage,
} from './image-store'
export { utf8Bytes } from './utf8'
