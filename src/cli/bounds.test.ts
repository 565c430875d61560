// "Bounded and linear, whatever is typed": inputs that once ran for minutes, ran out of
// memory or threw a stack trace now stop quickly with an error in the tool's own words.
// Wall-clock bounds here are generous guards against a blow-up, not benchmarks.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_TEMPLATE_STEPS, NESTING_EXCEEDED } from './go-template-budget'
import { runScript, type ScriptEntry } from './index'
import { completion, splitScript, stripPrompt } from './split-script'

const WEB = 'docker run -d --name web nginx'

/** The last entry of a script, and how long the script took. */
function last(script: string): { entry: ScriptEntry; ms: number } {
  const t0 = performance.now()
  const { entries } = runScript(script)
  const entry = entries.at(-1)
  if (!entry) throw new Error('the script printed nothing')
  return { entry, ms: performance.now() - t0 }
}

const STEPS_ERROR = `docknet stops templates after ${MAX_TEMPLATE_STEPS} steps\n`

describe('template budgets', () => {
  it('stops {{range 1000000000}} with a Go-style execution error', () => {
    const { entry, ms } = last(`${WEB}\ndocker ps --format "{{range 1000000000}}x{{end}}"`)
    expect(entry.exitCode).toBe(1)
    expect(entry.stdout).toBe('')
    expect(entry.stderr).toBe(
      `failed to execute template: template: :1:8: executing "" at <1000000000>: ${STEPS_ERROR}`,
    )
    expect(ms).toBeLessThan(5000)
  })

  it('stops an empty {{range $i := 100000000}} the same way', () => {
    const { entry } = last(`${WEB}\ndocker ps --format '{{range $i := 100000000}}{{end}}'`)
    expect(entry.exitCode).toBe(1)
    expect(entry.stderr).toBe(
      `failed to execute template: template: :1:14: executing "" at <100000000>: ${STEPS_ERROR}`,
    )
  })

  it('shares one budget among the rows of a listing', () => {
    const perRow = Math.ceil((MAX_TEMPLATE_STEPS * 0.4) / 1000) * 1000
    const cheap = `docker ps --format '{{range ${perRow}}}{{end}}'`
    expect(last(`${WEB}\n${cheap}`).entry.exitCode).toBe(0)
    const three = `${WEB}\ndocker run -d --name a2 nginx\ndocker run -d --name a3 nginx\n${cheap}`
    expect(last(three).entry.stderr).toMatch(/docknet stops templates after/)
  })

  it('stops output past the budget', () => {
    const { entry } = last(
      `${WEB}\ndocker ps --format '{{range 3}}{{printf "%09999999d" 1}}{{end}}'`,
    )
    expect(entry.stderr).toMatch(
      /^failed to execute template: template: :1:\d+: executing "" at <.*>: docknet stops templates at 16777216 bytes of output\n$/,
    )
  })

  it('stops a string function asked for more than the budget', () => {
    const { entry } = last(`${WEB}\ndocker ps --format '{{pad "x" 100000000000 0}}'`)
    expect(entry.stderr).toBe(
      'failed to execute template: template: :1:2: executing "" at <pad "x" 100000000000 0>: docknet stops templates at 16777216 bytes of output\n',
    )
  })

  // The client parses --format before it needs a daemon (docker ps), in its own words. Go's
  // parser takes 10,000 nested parentheses and refuses the next (text/template/parse/parse.go
  // maxStackDepth); it does not limit control nesting.
  it('parses 10,000 nested parentheses and refuses 10,001 with Go parse error text', () => {
    const parens = (n: number) => `{{${'('.repeat(n)}1${')'.repeat(n)}}}`
    const { entry } = last(`${WEB}\ndocker ps --format '${parens(10_001)}'`)
    expect(entry.stderr).toBe(
      'failed to parse template: template: :1: max expression depth exceeded\n',
    )
    expect(entry.exitCode).toBe(1)
    const { entry: parsed } = last(`${WEB}\ndocker ps --format '${parens(10_000)}'`)
    expect(parsed.stderr).not.toContain('max expression depth exceeded')
  })

  it('runs templates nested 90 deep, and stops deeper ones at execution in its own words', () => {
    const ifs = (n: number) => `${'{{if 1}}'.repeat(n)}x${'{{end}}'.repeat(n)}`
    const parens = (n: number) => `{{${'(len (print '.repeat(n)}1${'))'.repeat(n)}}}`
    expect(last(`${WEB}\ndocker ps --format '${ifs(90)}'`).entry.stdout).toBe('x\n')
    expect(last(`${WEB}\ndocker ps --format '${parens(45)}'`).entry.stdout).toBe('1\n')
    for (const format of [
      ifs(10_000),
      parens(2_500),
      `{{${'('.repeat(10_000)}1${')'.repeat(10_000)}}}`,
    ]) {
      const { entry, ms } = last(`${WEB}\ndocker ps --format '${format}'`)
      expect(entry.stderr).toMatch(/template: :1:\d+: executing "" at <.*>: /)
      expect(entry.stderr).toContain(`: ${NESTING_EXCEEDED}\n`)
      expect(entry.exitCode).toBe(1)
      expect(ms).toBeLessThan(5000)
    }
  }, 30_000)
})

describe('printf widths and precisions as Go parses them', () => {
  it('gives up on a width or precision past 1e6 digits, as fmt does', () => {
    for (const verb of ['%0999999999d', '%.999999999f']) {
      const { entry, ms } = last(`${WEB}\ndocker ps --format '{{printf "${verb}" 1}}'`)
      expect(entry.stdout).toBe('%!(NOVERB)%!(EXTRA int=1)\n')
      expect(ms).toBeLessThan(5000)
    }
  })

  it('formats precisions past JavaScript’s 100 digits exactly', () => {
    // 0.1 is 0.1000000000000000055511151231257827021181583404541015625 exactly.
    const exact = '1000000000000000055511151231257827021181583404541015625'
    const f = last(`${WEB}\ndocker ps --format '{{printf "%.120f" 0.1}}'`).entry.stdout
    expect(f).toBe(`0.${exact.padEnd(120, '0')}\n`)
    const e = last(`${WEB}\ndocker ps --format '{{printf "%.110e" 0.1}}'`).entry.stdout
    expect(e).toBe(`1.${exact.slice(1).padEnd(110, '0')}e-01\n`)
    const g = last(`${WEB}\ndocker ps --format '{{printf "%.105g" 0.1}}'`).entry.stdout
    expect(g).toBe(`0.${exact}\n`)
    const round = last(`${WEB}\ndocker ps --format '{{printf "%.101e" 0.1}}'`).entry.stdout
    expect(round).toBe(`1.${exact.slice(1, 55)}${'0'.repeat(47)}e-01\n`)
  })

  it('rounds exact digits to nearest, ties to even', () => {
    // 2^-1074 (5e-324) has 751 significant digits, ending in ...8265533447265625 (Python's
    // Decimal gives the same cuts).
    const cut = (p: number) =>
      last(`${WEB}\ndocker ps --format '{{printf "%.${p}e" 5e-324}}'`).entry.stdout
    expect(cut(747).startsWith('4.9406564584124654')).toBe(true)
    expect(cut(747).endsWith('8265533447266e-324\n')).toBe(true)
    expect(cut(749).endsWith('826553344726562e-324\n')).toBe(true) // half up would end in 563
  })
})

describe('shell bounds', () => {
  it('stops $( nested 10,000 deep with a shell error and runs the next line', () => {
    const { entries } = runScript(`echo ${'$('.repeat(10000)}\necho after`)
    expect(entries.map((e) => [e.exitCode, e.stdout, e.stderr])).toEqual([
      [2, '', 'bash: command substitution: nested more than 100 levels deep\n'],
      [0, 'after\n', ''],
    ])
  })

  it('still runs substitutions nested 100 deep', () => {
    const { entries } = runScript(`echo ${'$(echo '.repeat(100)}x${')'.repeat(100)}`)
    expect(entries[0]?.stdout).toBe('x\n')
  })

  it('splits a script whose first line opens a quote for 20,000 lines in linear time', () => {
    const t0 = performance.now()
    const { entries } = runScript(`docker run "\n${'x\n'.repeat(20000)}`)
    expect(performance.now() - t0).toBeLessThan(2000)
    expect(entries).toHaveLength(1)
    expect(entries[0]?.stderr).toBe('bash: unexpected EOF while looking for matching `"\'\n')
  })
})

describe('long logical lines split in linear time', () => {
  const joined: [string, string][] = [
    ['backslash-newlines', `echo \\\n${'x \\\n'.repeat(20000)}y`],
    ['trailing pipes', `echo a |\n${'cat |\n'.repeat(20000)}cat`],
    ['backslash-newlines inside quotes', `echo "\n${'x\\\n'.repeat(20000)}"`],
  ]
  for (const [what, script] of joined) {
    it(`joins 20,000 lines of ${what} in one logical line`, () => {
      const t0 = performance.now()
      expect(splitScript(script)).toHaveLength(1)
      expect(performance.now() - t0).toBeLessThan(2000) // quadratic, this took 4 to 100 s
    })
  }
})

describe('command bounds', () => {
  it('refuses a ping count it would have to print for years', () => {
    const { entry, ms } = last(`${WEB}\ndocker exec web ping -c 100000000 172.17.0.1`)
    expect([entry.exitCode, entry.stderr]).toEqual([
      2,
      'ping: -c 100000000: docknet sends at most 10000 packets\n',
    ])
    expect(ms).toBeLessThan(2000)
    expect(last(`${WEB}\ndocker exec web ping -c 10000 172.17.0.1`).entry.exitCode).toBe(0)
  })

  it('publishes and lists 40,000 ports in linear time', () => {
    const { entry, ms } = last('docker run -d -p 1-40000:1-40000 nginx\ndocker ps')
    expect(entry.stdout).toContain('0.0.0.0:1-40000->1-40000/tcp')
    expect(ms).toBeLessThan(5000) // quadratic, this took minutes
  }, 30_000)
})

/** splitScript as it was: the growing text re-lexed after each joined line (quadratic). */
function oneLineAtATime(source: string): string[] {
  const physical = source.split(/\r\n|\r|\n/)
  const out: string[] = []
  let i = 0
  while (i < physical.length) {
    let text = stripPrompt(physical[i++] ?? '').trimStart()
    if (text === '' || text.startsWith('#')) continue
    for (;;) {
      const state = completion(text)
      if (state === 'complete') break
      if (state === 'join-backslash') text = text.slice(0, -1)
      if (state === 'join-operator')
        while (i < physical.length && /^\s*(#.*)?$/.test(physical[i] ?? '')) i++
      if (i >= physical.length) break
      const next = physical[i++] ?? ''
      text += state === 'join-newline' ? `\n${next}` : state === 'join-operator' ? ` ${next}` : next
    }
    if (text.trim() !== '') out.push(text)
  }
  return out
}

describe('splitScript joins open quotes as one line at a time would', () => {
  it('drops a backslash-newline inside double quotes, however far into the quote', () => {
    const source = 'echo "a\nx\ny\nb\\\nc"\necho d'
    expect(splitScript(source).map((l) => l.text)).toEqual(['echo "a\nx\ny\nbc"', 'echo d'])
    expect(oneLineAtATime(source)).toEqual(['echo "a\nx\ny\nbc"', 'echo d'])
  })

  it('on random scripts of quotes, substitutions and backslashes', () => {
    const piece = fc.constantFrom(
      ...['"', "'", '$(', ')', '${', '}', '`', '\\', 'a', ' ', '#', '|', '&&', '$ ', '\r\n'],
      ...['\n', '\n', '\n'],
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const source = pieces.join('')
        expect(splitScript(source).map((l) => l.text)).toEqual(oneLineAtATime(source))
      }),
      { numRuns: 2000 },
    )
  })
})

describe('random scripts', () => {
  const templatePiece = fc.constantFrom(
    '{{range 100000000}}',
    '{{range $i := 100000000}}',
    'x',
    '{{end}}',
    '{{if 1}}',
    '{{printf "%0999999999d" 1}}',
    '{{printf "%09999999d" 1}}',
    '{{printf "%.999999f" 1.5}}',
    '{{printf "%.300e" 0.1}}',
    '{{pad "x" 99999999999 1}}',
    '{{(((1)))}}',
    '{{.Names}}',
    '{{json .}}',
    '{{',
  )
  const template = fc.array(templatePiece, { maxLength: 6 }).map((p) => p.join(''))
  const shellPiece = fc.constantFrom(
    'echo',
    '$(',
    ')',
    '"',
    "'",
    '`',
    '\\',
    '|',
    '&&',
    ';',
    ' ',
    'x',
  )
  const line = fc.oneof(
    fc.constant('docker run -d --name web nginx'),
    template.map((t) => `docker ps -a --format '${t}'`),
    template.map((t) => `docker inspect -f '${t}' web`),
    fc.array(shellPiece, { maxLength: 12 }).map((p) => p.join('')),
  )

  it('never throw and never answer with an internal error', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        for (const e of runScript(lines.join('\n')).entries)
          expect(e.stdout + e.stderr).not.toContain('internal error')
      }),
      { numRuns: 100 },
    )
  }, 60_000)
})
