/**
 * The committed package-lock.json installs with `npm ci` on a fresh clone on every platform:
 * npm agrees the lock matches package.json (`npm ci --dry-run` refuses a stale lock), and every
 * optional dependency a package declares (the per-platform native builds of esbuild, rollup,
 * tailwind's oxide, lightningcss) has its own entry, which an `npm install` on one platform can
 * drop for the others.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

interface LockEntry {
  readonly optionalDependencies?: Record<string, string>
}

const dir = process.argv[2] ?? '.'
const lock = JSON.parse(readFileSync(`${dir}/package-lock.json`, 'utf8')) as {
  packages: Record<string, LockEntry>
}

/** Where npm would look for `dep` required by the package at `path`, nearest first. */
function resolvable(path: string, dep: string): boolean {
  let at = path
  for (;;) {
    if (lock.packages[`${at ? `${at}/` : ''}node_modules/${dep}`]) return true
    if (at === '') return false
    const up = at.lastIndexOf('/node_modules/')
    at = up < 0 ? '' : at.slice(0, up)
  }
}

const missing = Object.entries(lock.packages).flatMap(([path, entry]) =>
  Object.keys(entry.optionalDependencies ?? {})
    .filter((dep) => !resolvable(path, dep))
    .map((dep) => `${path || 'the project'} → ${dep}`),
)
if (missing.length > 0) {
  console.error(
    `package-lock.json lacks ${missing.length} optional package(s) other platforms need:\n  ` +
      missing.join('\n  ') +
      '\nRegenerate it with `rm -rf node_modules package-lock.json && npm install`.',
  )
  process.exit(1)
}
try {
  execFileSync('npm', ['ci', '--dry-run', '--ignore-scripts'], { cwd: dir, stdio: 'pipe' })
} catch (e) {
  const out = e as { stderr?: Buffer }
  console.error(`npm ci refuses package-lock.json:\n${out.stderr?.toString() ?? String(e)}`)
  process.exit(1)
}
console.log('package-lock.json: in sync with package.json, complete for every platform')
