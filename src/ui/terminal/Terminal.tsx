import {
  lazy,
  Suspense,
  useEffect,
  useRef,
  useState,
  type ClipboardEvent,
  type FormEvent,
  type KeyboardEvent,
} from 'react'
import { chunksOf, type TranscriptEntry } from '../../store'
import { useAppStore } from '../../store/react'
import { useResizable } from './useResizable'
import { useT } from '../i18n/language'
import { shellMessages } from '../shell/messages'

// Asked for after a failed command only: loaded then, not with the first paint.
const WhyDialog = lazy(() => import('../why/WhyDialog'))

/** A docker command line over the same world as the canvas, with its transcript. */
export function Terminal() {
  const transcript = useAppStore((s) => s.transcript)
  const inside = useAppStore((s) => s.shell.inside)
  const host = useAppStore((s) => s.shell.currentHost)
  const runCommand = useAppStore((s) => s.runCommand)
  const complete = useAppStore((s) => s.complete)
  const say = useT(shellMessages)
  const { height, separator } = useResizable(192, say('terminalHeight'))
  // What Tab listed when the word could not grow: shown under the transcript until the next key.
  const [options, setOptions] = useState<readonly string[]>([])
  const starting = useAppStore((s) => s.starting)
  const [line, setLine] = useState('')
  // Up and Down walk back through the commands run so far (typed, or run by a gesture or an
  // example, to edit and run again), as a shell's history does; `back` counts steps back.
  const [back, setBack] = useState(0)
  const typed = transcript.map((t) => t.command)
  // `clear` and Ctrl+L clear the screen, not the history: this entry and those before it are
  // hidden. Kept as the entry, not its index: an example or a file opened replaces the
  // transcript, and then everything in it shows.
  const [clearedAt, setClearedAt] = useState<TranscriptEntry | null>(null)
  const shownFrom = clearedAt ? transcript.indexOf(clearedAt) + 1 : 0
  const clearScreen = () => setClearedAt(transcript.at(-1) ?? null)
  // The entry whose "Why?" is open.
  const [why, setWhy] = useState<number | null>(null)
  const asking = why === null ? undefined : transcript[why]
  const end = useRef<HTMLDivElement>(null)
  useEffect(() => {
    // In the next frame, whose layout it shares: scrolling now would lay out the whole page
    // once more, before the canvas has drawn the change (8 ms of an edge drawn at 500
    // containers; bench:ui).
    const frame = requestAnimationFrame(() => end.current?.scrollIntoView({ block: 'end' }))
    return () => cancelAnimationFrame(frame)
  }, [transcript, options])
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (line.trim() === '') return
    if (line.trim() === 'clear') clearScreen()
    else runCommand(line)
    setLine('')
    setBack(0)
  }
  // A pasted block runs as a terminal runs it: every line up to the last line break, one by
  // one (prompts copied with it ignored); what follows the last break waits in the input.
  const paste = (e: ClipboardEvent<HTMLInputElement>) => {
    const text = e.clipboardData.getData('text/plain')
    if (!/[\r\n]/.test(text) || starting) return
    e.preventDefault()
    const input = e.currentTarget
    const from = input.selectionStart ?? line.length
    const to = input.selectionEnd ?? line.length
    const whole = line.slice(0, from) + text + line.slice(to)
    const lastBreak = Math.max(whole.lastIndexOf('\n'), whole.lastIndexOf('\r'))
    runCommand(whole.slice(0, lastBreak))
    setLine(whole.slice(lastBreak + 1))
    setBack(0)
  }
  const recall = (e: KeyboardEvent<HTMLInputElement>) => {
    setOptions([])
    if (e.key === 'Tab' && !e.shiftKey && !e.ctrlKey && !e.altKey && line.trim() !== '') {
      // An empty line lets Tab move the focus on, as everywhere else on the page.
      e.preventDefault()
      void complete(line).then((c) => {
        setLine(c.line)
        setOptions(c.options)
      })
      return
    }
    if (e.ctrlKey && (e.key === 'l' || e.key === 'L')) {
      e.preventDefault()
      clearScreen()
      return
    }
    // Ctrl+C with nothing selected drops the line, as a shell does (with a selection, it copies).
    const input = e.currentTarget
    if (
      e.ctrlKey &&
      (e.key === 'c' || e.key === 'C') &&
      input.selectionStart === input.selectionEnd
    ) {
      e.preventDefault()
      setLine('')
      setBack(0)
      return
    }
    const step = e.key === 'ArrowUp' ? 1 : e.key === 'ArrowDown' ? -1 : 0
    if (step === 0) return
    e.preventDefault()
    const next = Math.min(typed.length, Math.max(0, back + step))
    setBack(next)
    setLine(next === 0 ? '' : (typed[typed.length - next] ?? ''))
  }
  return (
    <section
      aria-label={say('terminal')}
      style={{ height }}
      className="keep-dark relative flex shrink-0 flex-col border-t border-slate-700 bg-slate-950 font-mono text-xs text-slate-100"
    >
      <div
        {...separator}
        data-testid="terminal-resize"
        className="absolute inset-x-0 -top-1 h-2 cursor-row-resize focus-visible:bg-sky-500/60 hover:bg-sky-500/40"
      />
      <div
        data-testid="terminal-output"
        role="log"
        aria-label={say('terminalOutput')}
        tabIndex={0}
        className="flex-1 overflow-y-auto p-2 focus-visible:outline-2 focus-visible:outline-sky-500"
      >
        {transcript.map((t, i) =>
          i < shownFrom ? null : (
            <div key={i}>
              <div className="text-emerald-400">
                {prompt(t.inside, t.at ?? t.host)} {t.command}
              </div>
              {chunksOf(t).map((c, j) => (
                <pre
                  key={j}
                  className={`whitespace-pre-wrap ${c.stream === 'stderr' ? 'text-rose-300' : ''}`}
                >
                  {c.text}
                </pre>
              ))}
              {t.asked || t.refused || t.reached ? (
                <button
                  type="button"
                  onClick={() => setWhy(i)}
                  className="text-sky-300 underline hover:text-sky-200"
                >
                  {t.reached ? say('walk') : say('why')}
                </button>
              ) : null}
            </div>
          ),
        )}
        {options.length > 0 ? (
          <div data-testid="completions" className="text-slate-300">
            {options.join('  ')}
          </div>
        ) : null}
        <div ref={end} />
      </div>
      {asking ? (
        <Suspense fallback={null}>
          <WhyDialog entry={asking} onClose={() => setWhy(null)} />
        </Suspense>
      ) : null}
      <form
        onSubmit={submit}
        className="flex items-center gap-2 border-t border-slate-800 px-2 py-1"
      >
        <label htmlFor="terminal-input" className="text-emerald-400">
          {prompt(!!inside, host)}
        </label>
        <input
          id="terminal-input"
          data-testid="terminal-input"
          aria-label={say('dockerCommand')}
          value={line}
          onChange={(e) => setLine(e.target.value)}
          onKeyDown={recall}
          onPaste={paste}
          // Lines typed while the saved diagram opens would run before it and be replaced.
          readOnly={starting}
          placeholder={starting ? say('opening') : 'docker run -d --name web nginx'}
          autoComplete="off"
          spellCheck={false}
          className="flex-1 bg-transparent outline-none placeholder:text-slate-600"
        />
      </form>
    </section>
  )
}

/** The prompt a shell shows: root on the host the command runs on, or a container's `/ #`. */
function prompt(inside: boolean | undefined, host: string): string {
  return inside ? '/ #' : `root@${host}:~#`
}
