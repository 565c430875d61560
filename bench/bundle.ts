/**
 * The first-paint bundle (performance.md §5.4): the HTML entry's chunk, its static imports and
 * their CSS, from Vite's manifest, each gzipped at level 9. Dynamic imports are not counted.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

/** The budget for first-paint JS and CSS. */
export const FIRST_PAINT_BUDGET = 190_000

export function firstPaint(): { js: number; css: number; total: number; line: string } {
  type Chunk = { file: string; imports?: string[]; css?: string[] }
  const manifest = JSON.parse(readFileSync(`${ROOT}dist/.vite/manifest.json`, 'utf8')) as Record<
    string,
    Chunk
  >
  const gz = (file: string) => gzipSync(readFileSync(`${ROOT}dist/${file}`), { level: 9 }).length
  const seen = new Set<string>()
  const files: string[] = []
  const visit = (key: string) => {
    const chunk = manifest[key]
    if (!chunk || seen.has(key)) return
    seen.add(key)
    files.push(chunk.file, ...(chunk.css ?? []))
    for (const k of chunk.imports ?? []) visit(k)
  }
  visit('index.html')
  const js = files.filter((f) => f.endsWith('.js')).reduce((a, f) => a + gz(f), 0)
  const css = files.filter((f) => f.endsWith('.css')).reduce((a, f) => a + gz(f), 0)
  const kb = (b: number) => (b / 1000).toFixed(1)
  const line = `bundle first-paint: ${kb(js + css)} kB gzip (js ${kb(js)}, css ${kb(css)})`
  return { js, css, total: js + css, line }
}

/** Every JS and CSS file of the build, and the three largest chunks that load later. */
export function bundleTotals(): { line: string } {
  type Chunk = { file: string; isEntry?: boolean; imports?: string[]; css?: string[] }
  const manifest = JSON.parse(readFileSync(`${ROOT}dist/.vite/manifest.json`, 'utf8')) as Record<
    string,
    Chunk
  >
  const gz = (file: string) => gzipSync(readFileSync(`${ROOT}dist/${file}`), { level: 9 }).length
  const files = new Set<string>()
  for (const c of Object.values(manifest)) for (const f of [c.file, ...(c.css ?? [])]) files.add(f)
  const total = [...files].reduce((a, f) => a + gz(f), 0)
  const first = new Set<string>()
  const visit = (key: string) => {
    const chunk = manifest[key]
    if (!chunk || first.has(chunk.file)) return
    first.add(chunk.file)
    for (const k of chunk.imports ?? []) visit(k)
  }
  visit('index.html')
  const lazy = [...files]
    .filter((f) => f.endsWith('.js') && !first.has(f))
    .map((f) => ({ name: f.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, ''), size: gz(f) }))
    .sort((a, b) => b.size - a.size)
    .slice(0, 3)
    .map((c) => `${c.name} ${(c.size / 1000).toFixed(1)}`)
  return {
    line: `bundle total: ${(total / 1000).toFixed(1)} kB gzip; largest lazy chunks: ${lazy.join(', ')} kB`,
  }
}
