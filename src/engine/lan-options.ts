/**
 * What a macvlan or ipvlan network's options say, read without checking them (the daemon
 * checked them when the network was made: macvlan.ts). Kept apart from macvlan.ts so that the
 * canvas's cards can show a network's parent and mode without loading the drivers' checks.
 */
import { driverCaps, isNetworkDriver } from './drivers'
import type { Network } from './model'

export type LanDriver = 'macvlan' | 'ipvlan'

/** macvlan or ipvlan: a driver whose members sit on the LAN (the driver table says so). */
export function isLanDriver(driver: string): driver is LanDriver {
  return isNetworkDriver(driver) && driverCaps(driver).reach.lan
}

/** A macvlan or ipvlan network's options, as its driver reads them. */
export interface LanOptions {
  readonly driver: LanDriver
  /** `-o parent`: a host interface (`eth0`, or `eth0.10` for VLAN 10); null when omitted. */
  readonly parent: string | null
  /** macvlan_mode: bridge (default), private, vepa, passthru; ipvlan_mode: l2 (default), l3, l3s. */
  readonly mode: string
  /** ipvlan_flag: bridge (default), private, vepa; null for macvlan. */
  readonly flag: string | null
}

/** An existing network's options, with each driver's defaults; null for other drivers. */
export function lanOptions(n: Network): LanOptions | null {
  if (!isLanDriver(n.driver)) return null
  const parent = n.options['parent'] || null
  if (n.driver === 'macvlan')
    return { driver: 'macvlan', parent, mode: n.options['macvlan_mode'] || 'bridge', flag: null }
  return {
    driver: 'ipvlan',
    parent,
    mode: n.options['ipvlan_mode'] || 'l2',
    flag: n.options['ipvlan_flag'] || 'bridge',
  }
}
