import { describe, expect, it } from 'vitest'
import { chunksOf } from './chunks'
import { runShellLine, type ShellHooks } from './sh'

/** A toy shell: `say X` prints X, `fail` exits 1, files live in a record. */
const hooks: ShellHooks<Record<string, string>> = {
  shell: 'sh',
  run: (state, argv) => {
    if (argv[0] === 'say')
      return { state, output: { stdout: `${argv.slice(1).join(' ')}\n`, stderr: '', exitCode: 0 } }
    if (argv[0] === 'fail') return { state, output: { stdout: '', stderr: 'boom\n', exitCode: 1 } }
    return { state, output: { stdout: '', stderr: `sh: ${argv[0]}: not found\n`, exitCode: 127 } }
  },
  write: (state, path, content, append) => ({
    ...state,
    [path]: (append ? (state[path] ?? '') : '') + content,
  }),
}

const run = (line: string, files: Record<string, string> = {}) => runShellLine(files, line, hooks)

describe('the shell line evaluator', () => {
  it('runs && and || with POSIX short-circuiting (a && b || c runs c when a fails)', () => {
    expect(run('fail && say no || say yes').output.stdout).toBe('yes\n')
    expect(run('say a && say b || say c').output.stdout).toBe('a\nb\n')
    const r = run('say a; fail; say b').output
    expect([r.stdout, r.stderr, r.exitCode]).toEqual(['a\nb\n', 'boom\n', 0])
  })

  it('keeps the order in which the two streams were written, as a terminal shows them', () => {
    const texts = (line: string) => chunksOf(run(line).output).map((c) => `${c.stream}:${c.text}`)
    expect(texts('say a; fail; say b')).toEqual(['stdout:a\n', 'stderr:boom\n', 'stdout:b\n'])
    expect(texts('fail; say a')).toEqual(['stderr:boom\n', 'stdout:a\n'])
    expect(texts('say a; fail')).toEqual(['stdout:a\n', 'stderr:boom\n'])
    expect(run('say a; fail').output.chunks).toBeUndefined()
  })

  it('pipes through grep, head, wc -l and sort, with grep exiting 1 on no match', () => {
    expect(run("say 'x1\ny2\nx3' | grep x | sort | head -n 1").output.stdout).toBe('x1\n')
    expect(run("say 'a\nb' | wc -l").output.stdout).toBe('2\n')
    expect(run('say abc | grep zzz').output.exitCode).toBe(1)
  })

  it('redirects stdout to files, appending with >>, and 2>&1 / 2>/dev/null', () => {
    const r = run('say one > f; say two >> f')
    expect(r.state).toEqual({ f: 'one\ntwo\n' })
    expect(r.output.stdout).toBe('')
    expect(run('fail 2>&1').output).toEqual({ stdout: 'boom\n', stderr: '', exitCode: 1 })
    expect(run('fail 2>/dev/null').output.stderr).toBe('')
  })

  it('reports syntax errors the way sh does, changing nothing', () => {
    // bash -c 'echo a |' → syntax error: unexpected end of file, status 2
    expect(run('say a |').output).toEqual({
      stdout: '',
      stderr: 'sh: syntax error: unexpected end of file\n',
      exitCode: 2,
    })
    expect(run('say a &&').output.exitCode).toBe(2)
    expect(run('| say a').output).toEqual({
      stdout: '',
      stderr: "sh: syntax error near unexpected token `|'\n",
      exitCode: 2,
    })
  })
})
