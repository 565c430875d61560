import { describe, it, expect } from 'vitest'
import { splitScript, stripPrompt } from './split-script'
import { tokenize, words, type Token } from './tokenize'

// Expected words come from real bash 5: `bash -c 'printf "<%s>\n" <line>'` prints one <word>
// per argument. The exceptions are marked: no expansion is done here, so `$X`, `${X}`, `$(...)`
// and backticks stay as text (bash would expand them).

function w(line: string): string[] {
  const r = tokenize(line)
  if (!r.ok) throw new Error('tokenize failed: ' + r.error)
  return words(r.tokens)
}

function toks(line: string): Token[] {
  const r = tokenize(line)
  if (!r.ok) throw new Error('tokenize failed: ' + r.error)
  return r.tokens
}

const word = (text: string): Token => ({ text, op: false })
const op = (text: string): Token => ({ text, op: true })

describe('tokenize: words like bash', () => {
  it('splits on spaces and tabs', () => {
    // bash -c 'printf "<%s>\n" docker   run	-d  busybox' -> <docker> <run> <-d> <busybox>
    expect(w('docker   run\t-d  busybox ')).toEqual(['docker', 'run', '-d', 'busybox'])
    expect(w('')).toEqual([])
    expect(w('   ')).toEqual([])
  })

  it('joins adjacent quoted and unquoted parts: -e "A=b c"d', () => {
    // bash: printf "<%s>\n" docker run -e "A=b c"d busybox -> ... <A=b cd> <busybox>
    expect(w('docker run -e "A=b c"d busybox')).toEqual([
      'docker',
      'run',
      '-e',
      'A=b cd',
      'busybox',
    ])
  })

  it('single quotes are literal', () => {
    // bash: printf "<%s>\n" 'A=$HOME' 'a\nb' 'a"b' -> <A=$HOME> <a\nb> <a"b>
    expect(w(`'A=$HOME' 'a\\nb' 'a"b'`)).toEqual(['A=$HOME', 'a\\nb', 'a"b'])
    // bash: printf "<%s>\n" 'it'\''s' -> <it's>
    expect(w(`'it'\\''s'`)).toEqual(["it's"])
  })

  it('double quotes: backslash escapes only \\ " $ ` (others stay)', () => {
    // bash: printf "<%s>\n" "a\b" "a\\b" "a\"b" "a\$b" "a\`b" "a\nb"
    //   -> <a\b> <a\b> <a"b> <a$b> <a`b> <a\nb>
    expect(w('"a\\b" "a\\\\b" "a\\"b" "a\\$b" "a\\`b" "a\\nb"')).toEqual([
      'a\\b',
      'a\\b',
      'a"b',
      'a$b',
      'a`b',
      'a\\nb',
    ])
    // bash: printf "<%s>\n" "a'b" "  spaced  " -> <a'b> <  spaced  >
    expect(w(`"a'b" "  spaced  "`)).toEqual(["a'b", '  spaced  '])
  })

  it('backslash outside quotes escapes the next character', () => {
    // bash: printf "<%s>\n" a\ b a\\b a\"b \'q\' \#x -> <a b> <a\b> <a"b> <'q'> <#x>
    expect(w(`a\\ b a\\\\b a\\"b \\'q\\' \\#x`)).toEqual(['a b', 'a\\b', 'a"b', "'q'", '#x'])
    // bash -c 'printf "<%s>\n" a\' -> <a\> (a lone backslash at the end stays)
    expect(w('a\\')).toEqual(['a\\'])
  })

  it('empty quotes give an empty word', () => {
    // bash: printf "<%s>\n" run --name '' "" x""y -> <run> <--name> <> <> <xy>
    expect(w(`run --name '' "" x""y`)).toEqual(['run', '--name', '', '', 'xy'])
  })

  it('a # starting a word begins a comment; elsewhere it is literal', () => {
    // bash: printf "<%s>\n" a#b a #c d -> <a#b> <a>
    expect(w('a#b a #c d')).toEqual(['a#b', 'a'])
    // bash: printf "<%s>\n" "#not" '#not' a''#b -> <#not> <#not> <a#b>
    expect(w(`"#not" '#not' a''#b`)).toEqual(['#not', '#not', 'a#b'])
    // bash: printf "<%s>\n" a;#b -> <a> (comment right after an operator)
    expect(toks('a;#b')).toEqual([word('a'), op(';')])
    expect(w('# only a comment')).toEqual([])
  })

  it('flags stay single words', () => {
    // bash: printf "<%s>\n" -p=80:80 --net=host -e=X=1 -> <-p=80:80> <--net=host> <-e=X=1>
    expect(w('-p=80:80 --net=host -e=X=1')).toEqual(['-p=80:80', '--net=host', '-e=X=1'])
  })

  it('keeps $X, ${X}, $(...) and backticks as text (no expansion, unlike bash)', () => {
    expect(w('echo $HOME "$HOME" ${A:-x y} "${B}"')).toEqual([
      'echo',
      '$HOME',
      '$HOME',
      '${A:-x y}',
      '${B}',
    ])
    // one word each, as bash would see them before expansion
    expect(w('docker rm -f $(docker ps -aq) `docker ps -q`')).toEqual([
      'docker',
      'rm',
      '-f',
      '$(docker ps -aq)',
      '`docker ps -q`',
    ])
    expect(w(`echo "$(echo "a b")" x$(echo ')')y`)).toEqual([
      'echo',
      '$(echo "a b")',
      "x$(echo ')')y",
    ])
  })
})

describe('tokenize: operators', () => {
  it('echo hi>/data/x gives echo, hi, >, /data/x', () => {
    // bash -c 'cd /tmp && printf "<%s>\n" hi>x; cat x' -> <hi> (hi is an argument, > redirects)
    expect(toks('echo hi>/data/x')).toEqual([word('echo'), word('hi'), op('>'), word('/data/x')])
  })

  it('recognises > >> < | || & && ; with and without spaces', () => {
    expect(toks('a>b>>c<d|e||f&g&&h;i')).toEqual([
      word('a'),
      op('>'),
      word('b'),
      op('>>'),
      word('c'),
      op('<'),
      word('d'),
      op('|'),
      word('e'),
      op('||'),
      word('f'),
      op('&'),
      word('g'),
      op('&&'),
      word('h'),
      op(';'),
      word('i'),
    ])
    expect(toks('docker run -d nginx &')).toEqual([
      word('docker'),
      word('run'),
      word('-d'),
      word('nginx'),
      op('&'),
    ])
  })

  it('quoted or escaped operator characters are plain words', () => {
    // bash: printf "<%s>\n" '>' ">>" \| a\;b "&&" -> <>> <>>> <|> <a;b> <&&>
    expect(toks(`'>' ">>" \\| a\\;b "&&"`)).toEqual([
      word('>'),
      word('>>'),
      word('|'),
      word('a;b'),
      word('&&'),
    ])
  })

  it('2>&1 is a redirection, not a background &', () => {
    // bash -c 'printf "<%s>\n" a 2>/dev/null b' -> <a> <b> (the 2 is not an argument)
    expect(toks('docker logs web 2>&1 | grep x')).toEqual([
      word('docker'),
      word('logs'),
      word('web'),
      op('2>&'),
      word('1'),
      op('|'),
      word('grep'),
      word('x'),
    ])
    expect(toks('a 2>/dev/null b')).toEqual([word('a'), op('2>'), word('/dev/null'), word('b')])
    // bash: printf "<%s>\n" a2>/dev/null -> stdout redirected: `a2` is an argument, not a fd
    expect(toks('a2>x')).toEqual([word('a2'), op('>'), word('x')])
    // bash: printf "<%s>\n" "2">/dev/null -> stdout redirected: a quoted 2 is an argument
    expect(toks('"2">x')).toEqual([word('2'), op('>'), word('x')])
    expect(toks('cmd &>/dev/null')).toEqual([word('cmd'), op('&>'), word('/dev/null')])
    expect(toks('cat <<EOF')).toEqual([word('cat'), op('<<'), word('EOF')])
  })
})

describe('tokenize: errors worded like bash', () => {
  it('unterminated \' and "', () => {
    // bash -c "printf '<%s>\n' 'abc" -> bash: -c: line 1: unexpected EOF while looking for matching `''
    expect(tokenize(`docker run -e 'abc`)).toEqual({
      ok: false,
      error: "unexpected EOF while looking for matching `''",
    })
    // bash -c 'printf "<%s>\n" "abc' -> ... unexpected EOF while looking for matching `"'
    expect(tokenize('docker run -e "abc')).toEqual({
      ok: false,
      error: 'unexpected EOF while looking for matching `"\'',
    })
    expect(tokenize('echo "a\\"')).toEqual({
      ok: false,
      error: 'unexpected EOF while looking for matching `"\'',
    })
  })

  it('unterminated $( ${ and backtick', () => {
    // bash -c 'printf "<%s>\n" $(echo a' -> ... unexpected EOF while looking for matching `)'
    expect(tokenize('echo $(echo a')).toEqual({
      ok: false,
      error: "unexpected EOF while looking for matching `)'",
    })
    // bash -c 'printf "<%s>\n" ${X' -> ... unexpected EOF while looking for matching `}'
    expect(tokenize('echo ${X')).toEqual({
      ok: false,
      error: "unexpected EOF while looking for matching `}'",
    })
    // bash -c 'printf "<%s>\n" `echo a' -> ... unexpected EOF while looking for matching ``'
    expect(tokenize('echo `echo a')).toEqual({
      ok: false,
      error: "unexpected EOF while looking for matching ``'",
    })
  })

  it('a quote inside a comment is not unterminated', () => {
    // bash: printf "<%s>\n" next   # it's fine -> <next>
    expect(w("next   # it's fine")).toEqual(['next'])
  })
})

describe('stripPrompt', () => {
  it.each([
    ['$ docker ps', 'docker ps'],
    ['  $ docker ps', 'docker ps'],
    ['[root@localhost ~]# docker ps -a', 'docker ps -a'],
    ['[thj@thj ~]$ docker network ls', 'docker network ls'],
    ['root@7afad07a05b0:/usr/local/mysql# mysql -uroot', 'mysql -uroot'],
    ['user@host:~$ docker run -it busybox', 'docker run -it busybox'],
    ['root@host:/# ip addr', 'ip addr'],
    ['/ # ping -c 1 web', 'ping -c 1 web'],
  ])('%j -> %j', (line, expected) => {
    expect(stripPrompt(line)).toBe(expected)
  })

  it.each([
    'docker ps',
    '# docker ps', // a bare '# ' is a comment, never a prompt
    '#docker ps',
    '$HOME/bin/x',
    '$',
    '$ ',
    '/bin/sh -c x',
    'git clone git@github.com:a/b.git',
    '[ -f x ] && echo y',
    'echo a # b',
  ])('leaves %j unchanged', (line) => {
    expect(stripPrompt(line)).toBe(line)
  })

  it('removes only one prompt', () => {
    expect(stripPrompt('$ $ docker ps')).toBe('$ docker ps')
  })
})

describe('splitScript', () => {
  it('skips blank and comment lines and numbers lines from 1', () => {
    const src = '# setup\n\ndocker network create app\n   \n  # indented comment\ndocker ps\n'
    expect(splitScript(src)).toEqual([
      { text: 'docker network create app', lineNo: 3 },
      { text: 'docker ps', lineNo: 6 },
    ])
  })

  it('joins backslash continuations (bash removes the backslash and the newline)', () => {
    // bash on the file `printf "<%s>\n" run \` / `  -p 80:80 \` / `  nginx` prints
    // <run> <-p> <80:80> <nginx>
    const lines = splitScript('docker run \\\n  -p 80:80 \\\n  nginx\ndocker ps')
    expect(lines).toEqual([
      { text: 'docker run   -p 80:80   nginx', lineNo: 1 },
      { text: 'docker ps', lineNo: 4 },
    ])
    expect(w(lines[0]?.text ?? '')).toEqual(['docker', 'run', '-p', '80:80', 'nginx'])
  })

  it('a backslash inside a word continues the word', () => {
    // bash on `printf "<%s>\n" x\` / `y` prints <xy>
    expect(splitScript('echo x\\\ny')).toEqual([{ text: 'echo xy', lineNo: 1 }])
  })

  it('handles CRLF line ends', () => {
    // (bash itself would keep the \r; scripts pasted from Windows are accepted here)
    expect(splitScript('docker run \\\r\n  nginx\r\ndocker ps\r\n')).toEqual([
      { text: 'docker run   nginx', lineNo: 1 },
      { text: 'docker ps', lineNo: 3 },
    ])
  })

  it('a quoted newline continues the logical line (kept in the word)', () => {
    // bash on the file:
    //   printf "<%s>\n" -e 'A=1\
    //   B' "x\
    //   y" "multi
    //   line"
    // prints <-e> <A=1\(newline)B> <xy> <multi(newline)line>
    const src = `echo -e 'A=1\\\nB' "x\\\ny" "multi\nline"\necho next`
    const lines = splitScript(src)
    expect(lines).toEqual([
      { text: `echo -e 'A=1\\\nB' "xy" "multi\nline"`, lineNo: 1 },
      { text: 'echo next', lineNo: 5 },
    ])
    expect(w(lines[0]?.text ?? '')).toEqual(['echo', '-e', 'A=1\\\nB', 'xy', 'multi\nline'])
  })

  it('a comment ends the line; a backslash or quote inside it does not continue it', () => {
    // bash: `printf "<%s>\n" q # c \` then `printf "<%s>\n" next   # it's fine` prints <q> <next>
    expect(splitScript("echo q # c \\\necho next   # it's fine\necho z")).toEqual([
      { text: 'echo q # c \\', lineNo: 1 },
      { text: "echo next   # it's fine", lineNo: 2 },
      { text: 'echo z', lineNo: 3 },
    ])
  })

  it('an escaped trailing backslash does not continue', () => {
    // bash: `printf "<%s>\n" a\\` then `printf "<%s>\n" b` prints <a\> <b>
    expect(splitScript('echo a\\\\\necho b')).toEqual([
      { text: 'echo a\\\\', lineNo: 1 },
      { text: 'echo b', lineNo: 2 },
    ])
  })

  it('$( ... ) spanning lines continues', () => {
    // bash: `printf "<%s>\n" $(echo a` / `echo b) end` prints <a> <b> <end>
    expect(splitScript('docker rm $(docker ps \\\n -q\necho b) end')).toEqual([
      { text: 'docker rm $(docker ps  -q\necho b) end', lineNo: 1 },
    ])
  })

  it('a line ending with | or && continues after blank and comment lines', () => {
    // bash on `printf "<%s>\n" a b |` / `` / `# c` / `  tr a-z A-Z` prints <A> <B>
    const lines = splitScript('docker ps -a |\n\n# c\n  grep web\ntrue &&\n  docker ps\n')
    expect(lines).toEqual([
      { text: 'docker ps -a |   grep web', lineNo: 1 },
      { text: 'true &&   docker ps', lineNo: 5 },
    ])
  })

  it('strips one prompt from the first physical line', () => {
    const src = [
      '$ docker network create app',
      '[root@localhost ~]# docker run -d \\',
      '  --name web nginx',
      '/ # ping -c 1 web',
      '$ # just a comment',
      '# docker ps',
    ].join('\n')
    expect(splitScript(src)).toEqual([
      { text: 'docker network create app', lineNo: 1 },
      { text: 'docker run -d   --name web nginx', lineNo: 2 },
      { text: 'ping -c 1 web', lineNo: 4 },
    ])
  })

  it('an unterminated quote swallows the rest; tokenize then reports it', () => {
    const lines = splitScript(`docker run -e 'A=1 busybox\ndocker ps`)
    expect(lines).toEqual([{ text: `docker run -e 'A=1 busybox\ndocker ps`, lineNo: 1 }])
    expect(tokenize(lines[0]?.text ?? '')).toEqual({
      ok: false,
      error: "unexpected EOF while looking for matching `''",
    })
  })

  it('a backslash on the last line is dropped', () => {
    // bash on a file ending in `printf "<%s>\n" a \` (no newline) prints <a>
    expect(splitScript('docker ps \\')).toEqual([{ text: 'docker ps ', lineNo: 1 }])
  })

  it('empty input', () => {
    expect(splitScript('')).toEqual([])
    expect(splitScript('\n\n# x\n')).toEqual([])
  })
})
