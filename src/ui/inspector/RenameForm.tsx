import { useState, type FormEvent } from 'react'
import { useT } from '../i18n/language'
import { inspectorMessages } from './messages'

/**
 * A name field and its Rename button, for what Docker cannot rename in place (a network, a
 * volume): `title` says how the rename is done instead. Key it by the entity, so another
 * selection starts from its own name.
 */
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
  const [value, setValue] = useState(name)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    void rename(value)
  }
  return (
    <form onSubmit={submit} className="mb-2 flex items-end gap-2">
      <label className="flex flex-1 flex-col gap-1 text-slate-700">
        {t('name')}
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
        className="rounded bg-sky-700 px-2 py-1 text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-sky-500"
      >
        {t('rename')}
      </button>
    </form>
  )
}
