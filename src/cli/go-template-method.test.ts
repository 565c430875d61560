// Methods with arguments on template data, as text/template calls them (exec.go evalField →
// evalCall) on docker/cli's formatting contexts. The expected texts are the ones the installed
// docker 28.2.2 client prints for `docker ps --format` (it runs the template on an empty
// ContainerContext before it looks for a daemon).
import { describe, expect, it } from 'vitest'
import { renderGoTemplate, type TemplateOptions } from './go-template'
import { GoMethod, joinLabels, labelMethod, withMethods } from './go-template-method'

const labels = { 'com.example.app': 'web', tier: '' }
const row = () =>
  withMethods(
    { ID: 'abc', Key: 'com.example.app', Labels: joinLabels(labels) },
    {
      Label: labelMethod(labels),
    },
  )

function render(t: string, data: unknown = row(), opts: TemplateOptions = { context: true }) {
  const r = renderGoTemplate(t, data, opts)
  return r.ok ? r.value : `error: ${r.error}`
}

describe('calling a method with arguments', () => {
  it('passes the evaluated arguments, literal or from dot', () => {
    expect(render('{{.Label "com.example.app"}}')).toBe('web')
    expect(render('{{.Label .Key}}')).toBe('web')
    expect(render('[{{.Label "tier"}}] [{{.Label "missing"}}]')).toBe('[] []')
  })

  it('takes a piped value as its last argument', () => {
    expect(render('{{"com.example.app" | .Label}}')).toBe('web')
    expect(render('{{.Label "com.example.app" | printf "<%s>"}}')).toBe('<web>')
  })

  it('is reached through $ inside a range', () => {
    expect(render('{{range $i := 2}}{{$.Label "com.example.app"}}{{end}}')).toBe('webweb')
  })

  it('checks the number of arguments as evalCall does', () => {
    expect(render('{{.Label}}')).toBe(
      'error: template: :1:2: executing "" at <.Label>: wrong number of args for Label: want 1 got 0',
    )
    expect(render('{{.Label "a" "b"}}')).toBe(
      'error: template: :1:2: executing "" at <.Label>: wrong number of args for Label: want 1 got 2',
    )
    expect(render('{{"x" | .Label "y"}}')).toBe(
      'error: template: :1:8: executing "" at <.Label>: wrong number of args for Label: want 1 got 2',
    )
    expect(render('{{printf "%s" .Label}}')).toMatch(
      /wrong number of args for Label: want 1 got 0$/,
    )
  })

  it("checks each argument's type where it stands", () => {
    expect(render('{{.Label 1}}')).toBe(
      'error: template: :1:9: executing "" at <1>: expected string; found 1',
    )
    expect(render('{{.Label nil}}')).toBe(
      'error: template: :1:9: executing "" at <nil>: cannot assign nil to string',
    )
    expect(render('{{1 | .Label}}')).toBe(
      'error: template: :1:6: executing "" at <.Label>: wrong type for value; expected string; got int',
    )
  })

  it('is left out of json, printing and ranging, as formatter.MarshalJSON leaves it out', () => {
    expect(render('{{json .}}')).toBe(
      '{"ID":"abc","Key":"com.example.app","Labels":"com.example.app=web,tier="}',
    )
    expect(render('{{range $k, $v := .}}{{$k}} {{end}}', row(), {})).toBe('ID Key Labels ')
    expect(JSON.stringify(row())).not.toContain('Label"')
  })

  it('calls any arity the method declares', () => {
    const join = new GoMethod(['string', 'int'], ([s, n]) => String(s).repeat(Number(n)))
    expect(render('{{.Rep "ab" 3}}', withMethods({}, { Rep: join }))).toBe('ababab')
  })
})

describe('a formatting context: its fields are methods without arguments', () => {
  it('gives Go’s arity error for an argument to a plain field', () => {
    expect(render('{{.Labels "x"}}')).toBe(
      'error: template: :1:2: executing "" at <.Labels>: wrong number of args for Labels: want 0 got 1',
    )
  })

  it('types what they return, so a field of a field names the concrete type', () => {
    expect(render('{{.ID.Foo}}')).toBe(
      'error: template: :1:5: executing "" at <.ID.Foo>: can\'t evaluate field Foo in type string',
    )
  })

  it('keeps the map wording for plain data', () => {
    expect(render('{{.Labels "x"}}', row(), {})).toBe(
      'error: template: :1:2: executing "" at <.Labels>: Labels is not a method but has arguments',
    )
    expect(render('{{.A.B "x"}}', { A: { B: 1 } }, { context: true })).toMatch(
      /B is not a method but has arguments$/,
    )
  })
})

describe('the label helpers', () => {
  it('joins labels as k=v pairs, sorted (Go ranges over the map in random order)', () => {
    expect(joinLabels({ b: '2', a: '1', c: '' })).toBe('a=1,b=2,c=')
    expect(joinLabels(null)).toBe('')
  })

  it('answers "" for a missing label and for a context without labels', () => {
    expect(labelMethod(null).call(['x'])).toBe('')
    expect(labelMethod({ a: '1' }).call(['toString'])).toBe('')
  })
})
