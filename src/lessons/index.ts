/**
 * The built-in lessons: lesson files (docs/lessons.md) in the order the list shows them, one
 * per mechanism of the seed notes. They are data, read like a teacher's file (io's
 * fromLessonValue), and lessons.test.ts plays every one through.
 */
import ambassador from './ambassador.json'
import hostNetwork from './host-network.json'
import icc from './icc.json'
import joined from './joined.json'
import limits from './limits.json'
import linkEnv from './link-env.json'
import links from './links.json'
import ports from './ports.json'
import staticIp from './static-ip.json'
import userNetworks from './user-networks.json'
import volumes from './volumes.json'

/** Unchecked on purpose: a built-in lesson is read and validated as any file is. */
export const LESSON_FILES: readonly unknown[] = [
  links,
  linkEnv,
  ambassador,
  volumes,
  joined,
  hostNetwork,
  ports,
  icc,
  userNetworks,
  staticIp,
  limits,
]
