/**
 * The door to Go-template rendering for `inspect -f`. Until the full Go text/template subset
 * lands, it supports field chains `{{.A.B}}` and `{{json .A}}`, printed like Go's %v.
 */
export type TemplateResult = { ok: true; value: string } | { ok: false; error: string }

function goString(v: unknown): string {
  if (v === null || v === undefined) return '<nil>'
  if (Array.isArray(v)) return `[${v.map(goString).join(' ')}]`
  if (typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `map[${entries.map(([k, x]) => `${k}:${goString(x)}`).join(' ')}]`
  }
  return String(v)
}

function lookup(data: unknown, path: string): unknown {
  if (path === '.') return data
  let cur: unknown = data
  for (const key of path.slice(1).split('.')) {
    if (cur === null || typeof cur !== 'object' || !(key in (cur as object))) return undefined
    cur = (cur as Record<string, unknown>)[key]
  }
  return cur
}

export function renderTemplate(template: string, data: unknown): TemplateResult {
  let out = ''
  let rest = template
  for (;;) {
    const open = rest.indexOf('{{')
    if (open < 0) return { ok: true, value: out + rest }
    const close = rest.indexOf('}}', open)
    if (close < 0) return { ok: false, error: 'template parsing error: template: :1: unclosed action' }
    out += rest.slice(0, open)
    const action = rest.slice(open + 2, close).trim()
    const json = action.startsWith('json ')
    const path = json ? action.slice(5).trim() : action
    if (!path.startsWith('.')) return { ok: false, error: `template parsing error: template: :1: function "${path.split(' ')[0]}" not defined` }
    const v = lookup(data, path)
    out += json ? JSON.stringify(v ?? null) : v === undefined ? '<no value>' : goString(v)
    rest = rest.slice(close + 2)
  }
}
