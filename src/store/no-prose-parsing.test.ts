// The store and the UI read the engine's reach facts as data (hops, blockers), never by parsing
// the prose reach-text.ts makes of them. This reads their sources with the TypeScript parser
// and fails on any string inspection (match, includes, a RegExp's test...) of rendered prose:
// a renderer's result, a variable or callback parameter holding one, a field that holds reach
// prose (the trace's `steps`) or held it before hops and blockers were data (`hops`,
// `reason`), and, where the matrix's view models are imported, their `lines` and `title`.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const RENDERERS = new Set([
  'routeLines',
  'verdictText',
  'blockerText',
  'portReasonText',
  'pairText',
  'routeTitle',
  // The document reader's and share links' reasons (ui/said/read-text.ts).
  'readProblemText',
  'damageText',
  'repairText',
  'shareText',
])
const PROSE_FIELDS = ['steps', 'hops', 'reason']
/** The matrix proof's and cell's prose fields: names too common to ban everywhere. */
const MATRIX_FIELDS = ['lines', 'title']
const MATRIX_IMPORT = /from '(?:\.\.?\/)+(?:store\/)?matrix'/
const INSPECTIONS = new Set([
  'match',
  'matchAll',
  'includes',
  'startsWith',
  'endsWith',
  'indexOf',
  'lastIndexOf',
  'search',
  'split',
  'replace',
  'replaceAll',
  'test',
  'exec',
])

function isProse(node: ts.Node, names: ReadonlySet<string>, fields: ReadonlySet<string>): boolean {
  if (
    ts.isCallExpression(node) &&
    ts.isIdentifier(node.expression) &&
    RENDERERS.has(node.expression.text)
  )
    return true
  // A prose's renderer (engine/prose.ts), as `prose.verdictText(v)`.
  if (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    RENDERERS.has(node.expression.name.text)
  )
    return true
  if (ts.isPropertyAccessExpression(node) && fields.has(node.name.text)) return true
  if (ts.isIdentifier(node) && names.has(node.text)) return true
  return ts.forEachChild(node, (child) => isProse(child, names, fields) || undefined) === true
}

/** Adds the identifiers a declaration or binding pattern introduces. */
function bindNames(node: ts.Node, names: Set<string>): void {
  if (ts.isIdentifier(node)) names.add(node.text)
  else ts.forEachChild(node, (child) => bindNames(child, names))
}

/** Each inspection of prose in a source text, as `line: code`. */
function proseInspections(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true)
  const names = new Set<string>()
  const fields = new Set(
    MATRIX_IMPORT.test(text) ? [...PROSE_FIELDS, ...MATRIX_FIELDS] : PROSE_FIELDS,
  )
  const prose = (n: ts.Node) => isProse(n, names, fields)
  const found: string[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      if (prose(node.initializer)) names.add(node.name.text)
    }
    // The items of prose lists: `for (const line of steps)`, `lines.map((line) => ...)`.
    if (ts.isForOfStatement(node) && prose(node.expression)) bindNames(node.initializer, names)
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      prose(node.expression.expression)
    ) {
      for (const arg of node.arguments)
        if (ts.isArrowFunction(arg) || ts.isFunctionExpression(arg))
          for (const p of arg.parameters) bindNames(p.name, names)
    }
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      INSPECTIONS.has(node.expression.name.text) &&
      [node.expression.expression, ...node.arguments].some(prose)
    ) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart())
      found.push(`${line + 1}: ${node.getText()}`)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : []
  })
}

describe('the store and the UI never parse the engine prose', () => {
  it('finds prose parsed the ways it was (the old trace regex) and leaves data reads alone', () => {
    const bad = [
      "for (const m of route.hops.join('\\n').matchAll(AMBASSADOR_HOP)) chain.push(m[1])",
      "if (verdictText(v).includes('icc')) warn()",
      "const why = blockerText(b)\nconst other = why.startsWith('no shared network')",
      'const icc = /icc/.test(portReasonText(p) ?? "")',
      "const first = trace.steps[0]?.split(':')",
      "const hops = routeLines(route.hops).filter((l) => l.indexOf('socat') >= 0)",
      "for (const step of trace.steps) if (step.endsWith('open')) n++",
      "import type { MatrixProof } from '../../store/matrix'\nconst icc = proof.ports[0]?.lines.some((l) => l.includes('icc'))",
    ]
    for (const code of bad) expect(proseInspections('bad.ts', code), code).toHaveLength(1)
    const good = [
      "const icc = v.reason?.code === 'icc-disabled'",
      "const socat = route.hops.filter((h) => h.kind === 'ambassador')",
      "const text = routeLines(route.hops).join('; ')",
      "const ok = names.includes('db')",
      "const created = g.lines.some((l) => l.startsWith('docker create '))",
    ]
    for (const code of good) expect(proseInspections('good.ts', code), code).toEqual([])
  })

  it('holds for every source file of src/store and src/ui', () => {
    const root = join(import.meta.dirname, '..')
    const files = [...sources(join(root, 'store')), ...sources(join(root, 'ui'))]
    expect(files.length).toBeGreaterThan(50)
    const found = files.flatMap((f) =>
      proseInspections(f, readFileSync(f, 'utf8')).map((hit) => `${f}:${hit}`),
    )
    expect(found).toEqual([])
  })
})
