import { useState, type FormEvent } from 'react'
import { useEdgeWords } from '../canvas/EdgeNames'
import { parseEdgeId, type FlowEdge } from '../../store'
import { useAppStore } from '../../store/react'
import { useT } from '../i18n/language'
import { inspectorMessages } from './messages'

const FIELD =
  'w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs text-slate-800 focus-visible:outline-2 focus-visible:outline-sky-500'

/** A link's alias (`--link child:alias`), as the form changes it. */
function LinkForm({ id, alias }: { id: string; alias: string }) {
  const t = useT(inspectorMessages)
  const editEdge = useAppStore((s) => s.editEdge)
  const [value, setValue] = useState(alias)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    void editEdge(id, { alias: value })
  }
  return (
    <form onSubmit={submit} className="mt-3 flex flex-col gap-2">
      <label className="flex flex-col gap-1 text-slate-700">
        {t('linkAlias')}
        <input
          data-testid="edge-alias"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          className={FIELD}
        />
      </label>
      <Apply />
    </form>
  )
}

/** A mount's path and mode (`-v volume:/path[:ro]`). */
function MountForm({ id, path, readOnly }: { id: string; path: string; readOnly: boolean }) {
  const t = useT(inspectorMessages)
  const editEdge = useAppStore((s) => s.editEdge)
  const [destination, setDestination] = useState(path)
  const [ro, setRo] = useState(readOnly)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    void editEdge(id, { destination, readOnly: ro })
  }
  return (
    <form onSubmit={submit} className="mt-3 flex flex-col gap-2">
      <label className="flex flex-col gap-1 text-slate-700">
        {t('mountPath')}
        <input
          data-testid="edge-mount-path"
          value={destination}
          onChange={(e) => setDestination(e.target.value)}
          className={FIELD}
        />
      </label>
      <label className="flex items-center gap-1.5 text-slate-700">
        <input
          type="checkbox"
          data-testid="edge-mount-ro"
          checked={ro}
          onChange={(e) => setRo(e.target.checked)}
        />
        {t('readOnly')} (<code>:ro</code>)
      </label>
      <Apply />
    </form>
  )
}

function Apply() {
  const t = useT(inspectorMessages)
  return (
    <button
      type="submit"
      className="self-start rounded bg-sky-700 px-2 py-1 text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-sky-500"
    >
      {t('applyRecreates')}
    </button>
  )
}

/** The selected edge: what it means, its form (a link's alias, a mount's path and mode), removal. */
export function EdgePanel({ edge }: { edge: FlowEdge }) {
  const t = useT(inspectorMessages)
  const remove = useAppStore((s) => s.remove)
  const words = useEdgeWords()
  const { kind, key } = parseEdgeId(edge.id)
  return (
    <div data-testid="view-edge" className="flex-1 overflow-y-auto p-3 text-xs">
      <h2 className="text-sm font-semibold text-slate-900">{words(edge)}</h2>
      {kind === 'link' ? <LinkForm key={edge.id} id={edge.id} alias={key} /> : null}
      {kind === 'mount' ? (
        <MountForm key={edge.id} id={edge.id} path={key} readOnly={!!edge.data?.readOnly} />
      ) : null}
      <button
        type="button"
        onClick={() => void remove([], [edge.id])}
        className="mt-4 rounded border border-rose-300 px-2 py-1 text-rose-800 hover:bg-rose-50 focus-visible:outline-2 focus-visible:outline-sky-500"
      >
        {t('removeEdge')}
      </button>
    </div>
  )
}
