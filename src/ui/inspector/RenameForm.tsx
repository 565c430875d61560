import { useState, type FormEvent } from 'react'
import { useT } from '../i18n/language'
import { inspectorMessages } from './messages'

/**
 * One value of what Docker cannot change in place (a network's or a volume's name, a network's
 * subnet), with the button that makes it again: `title` says how. Key it by the entity (and the
 * value), so another selection starts from its own value. `unchangedIdle`: the button waits
 * for a change.
 */
export function FieldForm({
  label,
  button,
  title,
  value: initial,
  testId,
  apply,
  unchangedIdle = false,
}: {
  label: string
  button: string
  title: string
  value: string
  testId: string
  apply: (value: string) => void
  unchangedIdle?: boolean
}) {
  const [value, setValue] = useState(initial)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    apply(value)
  }
  return (
    <form onSubmit={submit} className="mb-2 flex items-end gap-2">
      <label className="flex flex-1 flex-col gap-1 text-slate-700">
        {label}
        <input
          data-testid={testId}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          className="rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs text-slate-800 focus-visible:outline-2 focus-visible:outline-sky-500"
        />
      </label>
      <button
        type="submit"
        title={title}
        disabled={unchangedIdle && value.trim() === initial}
        className="rounded bg-sky-700 px-2 py-1 text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-sky-500 disabled:opacity-40"
      >
        {button}
      </button>
    </form>
  )
}

/** A name field and its Rename button (a network, a volume: made again under the new name). */
export function RenameForm({
  name,
  testId,
  title,
  rename,
}: {
  name: string
  testId: string
  title: string
  rename: (name: string) => Promise<boolean>
}) {
  const t = useT(inspectorMessages)
  return (
    <FieldForm
      label={t('name')}
      button={t('rename')}
      title={title}
      value={name}
      testId={testId}
      apply={(value) => void rename(value)}
    />
  )
}
