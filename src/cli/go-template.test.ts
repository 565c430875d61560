import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { renderGoTemplate } from './go-template'
import type { TemplateOptions } from './go-template'

const ok = (t: string, data: unknown = {}, opts?: TemplateOptions) => {
  const r = renderGoTemplate(t, data, opts)
  if (!r.ok) throw new Error(`unexpected error for ${t}: ${r.error}`)
  return r.value
}
const err = (t: string, data: unknown = {}, opts?: TemplateOptions) => {
  const r = renderGoTemplate(t, data, opts)
  if (r.ok) throw new Error(`expected an error for ${t}, got ${JSON.stringify(r.value)}`)
  return r.error
}

const container = {
  Id: 'abc123',
  Name: '/web',
  State: { Status: 'running', Running: true, Pid: 4242, ExitCode: 0, Health: null },
  HostConfig: { Links: ['/db:/web/db'], Dns: [], NetworkMode: 'bridge' },
  Config: { Image: 'nginx', Labels: { 'a.b': 'c', 'com.example': 'x' }, Env: ['A=1', 'B=2'] },
  Mounts: [
    { Type: 'bind', Source: '/src', Destination: '/dst' },
    { Type: 'volume', Source: '/var/lib/docker/volumes/v/_data', Destination: '/data' },
  ],
  NetworkSettings: {
    Networks: {
      bridge: { IPAddress: '172.17.0.2', Aliases: null, IPAMConfig: null },
      appnet: { IPAddress: '10.0.0.2', Aliases: ['web'], IPAMConfig: null },
    },
  },
}
const network = {
  Name: 'bridge',
  Internal: true,
  IPAM: { Driver: 'default', Config: [{ Subnet: '172.17.0.0/16', Gateway: '172.17.0.1' }] },
}

describe('examples from docker tutorials', () => {
  it('prints fields and nested fields', () => {
    expect(ok('{{.Name}}', { Name: '/web' })).toBe('/web')
    expect(ok('{{.HostConfig.Links}}', container)).toBe('[/db:/web/db]')
    expect(ok('{{json .HostConfig.Links}}', container)).toBe('["/db:/web/db"]')
    expect(ok('{{.NetworkSettings.Networks.bridge.IPAddress}}', container)).toBe('172.17.0.2')
    expect(ok('{{.Internal}}', network)).toBe('true')
  })
  it('ranges over network IPAM config', () => {
    const t = '{{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}'
    expect(ok(t, network)).toBe('172.17.0.0/16 172.17.0.1')
  })
  it('ranges over networks with key and value variables, in sorted key order', () => {
    const t = '{{range $k, $v := .NetworkSettings.Networks}}{{$k}}={{$v.IPAddress}} {{end}}'
    expect(ok(t, container)).toBe('appnet=10.0.0.2 bridge=172.17.0.2 ')
  })
  it('indexes labels with dots in the key', () => {
    expect(ok('{{index .Config.Labels "a.b"}}', container)).toBe('c')
  })
  it('prints mounts one per line', () => {
    const t = '{{range .Mounts}}{{.Source}}:{{.Destination}}{{println}}{{end}}'
    expect(ok(t, container)).toBe('/src:/dst\n/var/lib/docker/volumes/v/_data:/data\n')
  })
  it('prints the whole object as compact JSON in insertion order', () => {
    expect(ok('{{json .}}', network)).toBe(JSON.stringify(network))
    expect(ok('{{json .State}}', container)).toBe(
      '{"Status":"running","Running":true,"Pid":4242,"ExitCode":0,"Health":null}',
    )
  })
  it('handles common ps/inspect idioms', () => {
    expect(ok('{{.State.Status}} {{.State.Pid}}', container)).toBe('running 4242')
    expect(ok('{{join .Config.Env ","}}', container)).toBe('A=1,B=2')
    expect(ok('{{range .Config.Env}}{{println .}}{{end}}', container)).toBe('A=1\nB=2\n')
    expect(ok('{{len .NetworkSettings.Networks}}', container)).toBe('2')
    expect(ok('{{.Name | printf "%s-x"}}', container)).toBe('/web-x')
    expect(ok('{{range $n, $_ := .NetworkSettings.Networks}}{{$n}} {{end}}', container)).toBe(
      'appnet bridge ',
    )
    const t = '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}'
    expect(ok(t, { NetworkSettings: { Networks: { bridge: { IPAddress: '172.17.0.2' } } } })).toBe(
      '172.17.0.2',
    )
  })
})

describe('printing values like fmt %v', () => {
  it('prints scalars', () => {
    expect(ok('{{.}}', 'hi')).toBe('hi')
    expect(ok('{{.A}} {{.B}} {{.C}} {{.D}}', { A: 42, B: -1.5, C: false, D: 0 })).toBe(
      '42 -1.5 false 0',
    )
    expect(ok('{{.A}} {{.B}} {{.C}}', { A: 1e6, B: 1234567.5, C: 0.00001 })).toBe(
      '1000000 1.2345675e+06 1e-05',
    )
  })
  it('prints null as <nil> and a missing key as <no value>', () => {
    expect(ok('{{.State.Health}}', container)).toBe('<nil>')
    expect(ok('{{.Missing}}', container)).toBe('<no value>')
    expect(ok('{{.Missing.Deeper.Still}}', container)).toBe('<no value>')
    expect(ok('{{.Config.Labels.nope}}', container)).toBe('<no value>')
    expect(ok('{{.}}', null)).toBe('<no value>')
  })
  it('prints arrays and maps (keys sorted), nested', () => {
    const data = { X: { b: [1, 'two', null, true], a: {}, c: { z: 1, y: [] } } }
    expect(ok('{{.X}}', data)).toBe('map[a:map[] b:[1 two <nil> true] c:map[y:[] z:1]]')
    expect(ok('{{.}}', [])).toBe('[]')
  })
})

describe('actions', () => {
  it('passes literal text through', () => {
    expect(ok('plain text { } }}')).toBe('plain text { } }}')
    expect(ok('')).toBe('')
  })
  it('trims whitespace with {{- and -}}', () => {
    expect(ok('a  \n {{- .A -}} \n  b', { A: 'x' })).toBe('axb')
    expect(ok('a {{- /* note */ -}} b')).toBe('ab')
    expect(ok('{{-3}}')).toBe('-3')
    expect(ok('{{ .A }} {{ .A}}', { A: 1 })).toBe('1 1')
  })
  it('skips comments', () => {
    expect(ok('a{{/* a comment {{.X}} */}}b')).toBe('ab')
  })
  it('evaluates literals', () => {
    expect(ok('{{"a\\tb\\u00e9"}}|{{`raw\\n`}}|{{12}}|{{1.5}}|{{0x1F}}|{{true}}|{{\'a\'}}')).toBe(
      'a\tbé|raw\\n|12|1.5|31|true|97',
    )
  })
  it('supports if / else if / else with Go truthiness', () => {
    const t = '{{if .A}}A{{else if .B}}B{{else}}none{{end}}'
    expect(ok(t, { A: 1, B: 1 })).toBe('A')
    expect(ok(t, { A: 0, B: 'x' })).toBe('B')
    for (const falsy of [false, 0, null, '', [], {}])
      expect(ok(t, { A: falsy, B: falsy })).toBe('none')
    expect(ok(t, {})).toBe('none')
    for (const truthy of [true, 1, -0.5, 'x', [0], { k: null }])
      expect(ok(t, { A: truthy })).toBe('A')
  })
  it('rebinds dot with with, and runs else when empty', () => {
    expect(ok('{{with .State}}{{.Status}}{{end}}', container)).toBe('running')
    expect(ok('{{with .State.Health}}{{.Status}}{{else}}no health{{end}}', container)).toBe(
      'no health',
    )
    expect(ok('{{with $x := .Name}}{{$x}}{{.}}{{end}}', container)).toBe('/web/web')
    expect(ok('{{with .Nope}}a{{else with .Name}}{{.}}{{end}}', container)).toBe('/web')
  })
  it('ranges over arrays, maps, numbers, and runs else when empty', () => {
    expect(ok('{{range $i, $e := .}}{{$i}}:{{$e}} {{end}}', ['a', 'b'])).toBe('0:a 1:b ')
    expect(ok('{{range $e := .}}{{$e}}{{end}}', ['a', 'b'])).toBe('ab')
    expect(ok('{{range .}}{{.}},{{end}}', { b: 2, a: 1, c: 3 })).toBe('1,2,3,')
    expect(ok('{{range .X}}x{{else}}empty{{end}}', { X: [] })).toBe('empty')
    expect(ok('{{range .X}}x{{else}}empty{{end}}', { X: null })).toBe('empty')
    expect(ok('{{range .X}}x{{else}}empty{{end}}', {})).toBe('empty')
    expect(ok('{{range 3}}{{.}}{{end}}')).toBe('012')
  })
  it('supports variables, $ and assignment', () => {
    expect(ok('{{$n := .Name}}{{range .Mounts}}{{$n}}:{{$.Id}} {{end}}', container)).toBe(
      '/web:abc123 /web:abc123 ',
    )
    expect(ok('{{$x := 1}}{{if true}}{{$x = 2}}{{end}}{{$x}}')).toBe('2')
    expect(ok('{{$v := .State}}{{$v.Status}}', container)).toBe('running')
    expect(ok('[{{$x := .Name}}]', container)).toBe('[]')
  })
  it('supports pipelines and parenthesized pipelines', () => {
    expect(ok('{{.Name | upper | printf "%s!"}}', container)).toBe('/WEB!')
    expect(ok('{{(index .Mounts 1).Destination}}', container)).toBe('/data')
    expect(ok('{{printf "%d" (len .Mounts)}}', container)).toBe('2')
  })
})

describe('functions', () => {
  it('json: compact, Go escaping without HTML escaping (docker uses SetEscapeHTML(false))', () => {
    const data = { S: 'a<b>&"\\\n\t\u0001\u2028é', N: null, F: 1.5, A: [] }
    expect(ok('{{json .}}', data)).toBe(
      '{"S":"a<b>&\\"\\\\\\n\\t\\u0001\\u2028é","N":null,"F":1.5,"A":[]}',
    )
    expect(ok('{{json .Missing}}', data)).toBe('null')
    expect(ok('{{.A | json}}', data)).toBe('[]')
  })
  it('string functions', () => {
    expect(ok('{{upper "abc"}} {{lower "ÀBC"}} {{title "hello wide-world_x"}}')).toBe(
      'ABC àbc Hello Wide-World_x',
    )
    expect(ok('{{split "a,b,,c" ","}} {{len (split "a,b" ",")}}')).toBe('[a b  c] 2')
    expect(ok('{{join (split "a:b" ":") "-"}}')).toBe('a-b')
    expect(ok('{{pad "x" 1 2}}|{{pad "" 1 2}}|{{truncate "abcdef" 3}}|{{truncate "ab" 3}}')).toBe(
      ' x  ||abc|ab',
    )
    expect(ok('{{html "<a href=\'x\'>&"}} {{urlquery "a b&c/é"}}')).toBe(
      '&lt;a href=&#39;x&#39;&gt;&amp; a+b%26c%2F%C3%A9',
    )
  })
  it('len and index', () => {
    expect(ok('{{len "héllo"}} {{len .Mounts}} {{len .Config.Labels}}', container)).toBe('6 2 2')
    expect(ok('{{index .Mounts 0 | json}}', container)).toContain('"Source":"/src"')
    expect(ok('{{index .NetworkSettings.Networks "bridge" "IPAddress"}}', container)).toBe(
      '172.17.0.2',
    )
    expect(ok('{{index "abc" 1}}')).toBe('98')
    // A missing key gives the element type's zero value: "" for string maps such as Labels.
    expect(ok('[{{index .Config.Labels "nope"}}]', container)).toBe('[]')
    expect(ok('{{index .NetworkSettings.Networks "nope"}}', container)).toBe('<nil>')
  })
  it('print, println, printf', () => {
    expect(ok('{{print "a" "b" 1 2 true "c"}}')).toBe('ab1 2 truec')
    expect(ok('{{println "a" 1}}')).toBe('a 1\n')
    expect(ok('{{printf "%s=%d %v %q %t" "a" 5 .L "q\\"" true}}', { L: [1, 'x'] })).toBe(
      'a=5 [1 x] "q\\"" true',
    )
    expect(ok('{{printf "[%5s|%-5s|%05d|%.2f|%x|%c|%%]" "ab" "cd" 42 3.14159 255 65}}')).toBe(
      '[   ab|cd   |00042|3.14|ff|A|%]',
    )
    expect(ok('{{printf "%d %s" "x" 1}}')).toBe('%!d(string=x) %!s(int=1)')
    expect(ok('{{printf "%s %s" "x"}}|{{printf "%s" "x" 2}}')).toBe(
      'x %!s(MISSING)|x%!(EXTRA int=2)',
    )
    expect(ok('{{printf "%v %s %T" .N .N .Missing}}', { N: null })).toBe('<nil> %!s(<nil>) <nil>')
    expect(ok('{{printf "%s" .}}', ['a', 1])).toBe('[a %!s(int=1)]')
  })
  it('comparisons and logic', () => {
    expect(ok('{{eq .S "running"}} {{eq 1 2 3 1}} {{ne 1 2}}', { S: 'running' })).toBe(
      'true true true',
    )
    expect(ok('{{lt 1 2}} {{le 2 2}} {{gt "b" "a"}} {{ge 1 2}} {{lt 1.5 2}}')).toBe(
      'true true true false true',
    )
    expect(ok('{{and 1 0 2}} {{and 1 2}} {{or 0 "" "x"}} {{or 0 ""}} {{not .A}}', { A: [] })).toBe(
      '0 2 x  true',
    )
    expect(ok('{{if and .State.Running (eq .State.ExitCode 0)}}ok{{end}}', container)).toBe('ok')
    expect(ok('{{eq .Missing "x"}} {{eq .N .Missing}}', { N: null })).toBe('false true')
    expect(ok('{{or .Missing "default"}}')).toBe('default')
  })
})

describe('parse errors (Go wording)', () => {
  it.each([
    ['{{.Name}', 'template: :1: unexpected "}" in operand'],
    ['{{if .X}}foo', 'template: :1: unexpected EOF'],
    ['{{foo}}', 'template: :1: function "foo" not defined'],
    ['{{.Name', 'template: :1: unclosed action'],
    ['{{', 'template: :1: unclosed action'],
    ['{{\n\n.A', 'template: :3: unclosed action started at :1'],
    ['a\n{{end}}', 'template: :2: unexpected {{end}}'],
    ['{{else}}', 'template: :1: unexpected {{else}}'],
    ['{{}}', 'template: :1: missing value for command'],
    ['{{"abc}}', 'template: :1: unterminated quoted string'],
    ['{{`abc}}', 'template: :1: unterminated raw quoted string'],
    ['{{/* x }}', 'template: :1: unclosed comment'],
    ['{{/* x */ }}', 'template: :1: comment ends before closing delimiter'],
    ['{{.X | 3}}', 'template: :1: non executable command in pipeline stage 2'],
    ['{{(.X}}', 'template: :1: unclosed left paren'],
    ['{{.X)}}', 'template: :1: unexpected ")" in command'],
    ['{{$x}}', 'template: :1: undefined variable "$x"'],
    ['{{range $a, $b, $c := .}}{{end}}', 'template: :1: too many declarations in range'],
    ['{{true.X}}', 'template: :1: unexpected . after term "true"'],
    ['{{.A-B}}', "template: :1: bad character U+002D '-'"],
    ['{{3x}}', 'template: :1: bad number syntax: "3x"'],
    ['{{if .A}}{{else}}{{else}}{{end}}', 'template: :1: expected end; found {{else}}'],
    ['{{range .A}}{{else if .B}}{{end}}', 'template: :1: unexpected <if> in input'],
    ['{{else "averyverylongstring"}}', 'template: :1: unexpected "\\"averyvery"... in else'],
  ])('%j', (t, expected) => {
    expect(err(t)).toBe(expected)
  })
  it('accepts a trailing pipe, as Go does', () => {
    expect(ok('{{.A |}}', { A: 1 })).toBe('1')
  })
  it('reports the line of the offending token', () => {
    expect(err('line1\n{{\nx\n}}')).toBe('template: :3: function "x" not defined')
  })
})

describe('execution errors (Go wording)', () => {
  it('errors on a field of a nil value', () => {
    expect(err('{{.Missing.Deeper}}', { Missing: null })).toBe(
      'template: :1:10: executing "" at <.Missing.Deeper>: nil pointer evaluating interface {}.Deeper',
    )
    expect(err('{{.State.Health.Status}}', container)).toBe(
      'template: :1:8: executing "" at <.State.Health.Status>: nil pointer evaluating interface {}.Status',
    )
  })
  it('errors on a field of a non-map', () => {
    expect(err('{{.Name.Foo}}', container)).toBe(
      'template: :1:7: executing "" at <.Name.Foo>: can\'t evaluate field Foo in type interface {}',
    )
    expect(err('x\n  {{range .Mounts}}{{.Source.X}}{{end}}', container)).toBe(
      'template: :2:28: executing "" at <.Source.X>: can\'t evaluate field X in type interface {}',
    )
  })
  it('errors on bad function calls', () => {
    expect(err('{{json}}')).toBe(
      'template: :1:2: executing "" at <json>: wrong number of args for json: want 1 got 0',
    )
    expect(err('{{index .Mounts 5}}', container)).toBe(
      'template: :1:2: executing "" at <index .Mounts 5>: error calling index: index out of range: 5',
    )
    expect(err('{{upper .State.Pid}}', container)).toBe(
      'template: :1:14: executing "" at <.State.Pid>: wrong type for value; expected string; got int',
    )
    expect(err('{{upper .Nope}}', container)).toBe(
      'template: :1:8: executing "" at <.Nope>: invalid value; expected string',
    )
    expect(err('{{lt .Name 3}}', container)).toBe(
      'template: :1:2: executing "" at <lt .Name 3>: error calling lt: incompatible types for comparison: string and int',
    )
    expect(err('{{len 3}}')).toBe(
      'template: :1:2: executing "" at <len 3>: error calling len: len of type int',
    )
    expect(err('{{truncate .Name "x"}}', container)).toBe(
      'template: :1:17: executing "" at <"x">: expected integer; found "x"',
    )
  })
  it('errors on ranging over a scalar and on arguments to a non-function', () => {
    expect(err('{{range .Name}}{{end}}', container)).toBe(
      'template: :1:8: executing "" at <.Name>: range can\'t iterate over /web',
    )
    expect(err('{{.Name "x"}}', container)).toBe(
      'template: :1:2: executing "" at <.Name>: Name is not a method but has arguments',
    )
  })
  it('reports columns as byte offsets, as Go does', () => {
    expect(err('é{{.State.Health.X}}', container)).toBe(
      'template: :1:10: executing "" at <.State.Health.X>: nil pointer evaluating interface {}.X',
    )
  })
  it('errors on nil as a command and on missing operands of builtins', () => {
    expect(err('{{nil}}')).toBe('template: :1:2: executing "" at <nil>: nil is not a command')
    expect(err('{{index .Nope "x"}}')).toBe(
      'template: :1:2: executing "" at <index .Nope "x">: error calling index: index of untyped nil',
    )
    expect(ok('{{print nil}}')).toBe('<nil>')
  })
  it('can mimic docker inspect raw fallback with missingkey=error', () => {
    const opts: TemplateOptions = { missingKey: 'error' }
    expect(ok('{{.Name}}', container, opts)).toBe('/web')
    expect(err('{{.Nope}}', container, opts)).toBe(
      'template: :1:2: executing "" at <.Nope>: map has no entry for key "Nope"',
    )
  })
})

describe('robustness', () => {
  it('never throws: every template yields a result or a Go-style error', () => {
    const pieces = [
      '{{',
      '}}',
      '{{-',
      '-}}',
      ' ',
      '\n',
      '.',
      '.Name',
      '.State',
      '.Mounts',
      '$',
      '$x',
      ':=',
      '=',
      ',',
      '|',
      '(',
      ')',
      '"s"',
      '`r`',
      "'c'",
      '1',
      '-2.5',
      'if',
      'else',
      'end',
      'range',
      'with',
      'nil',
      'true',
      'json',
      'index',
      'len',
      'printf',
      'eq',
      'and',
      '/*',
      '*/',
      'x',
      '%',
    ]
    const template = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((a) => a.join(''))
    fc.assert(
      fc.property(template, (t) => {
        const r = renderGoTemplate(t, container)
        expect(r.ok || r.error.startsWith('template: ')).toBe(true)
      }),
      { numRuns: 3000 },
    )
  })
})
