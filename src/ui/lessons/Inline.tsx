/**
 * A lesson's text with its `code` spans in monospace: lesson files write commands, names and
 * variables between backticks. A text with an odd number of backticks is shown as written. A
 * flag (`--network-alias`) never breaks across lines: in Chinese text the browser would break
 * it after its dashes.
 */
export function Inline({ text }: { text: string }) {
  const parts = text.split('`')
  if (parts.length % 2 === 0) return <Flags text={text} />
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <code key={i} className="rounded bg-slate-100 px-0.5 font-mono text-[0.92em]">
            {part}
          </code>
        ) : (
          <Flags key={i} text={part} />
        ),
      )}
    </>
  )
}

const FLAG = /(--?[a-z][a-z0-9-]*)/i

function Flags({ text }: { text: string }) {
  const parts = text.split(FLAG)
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} className="whitespace-nowrap">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  )
}
