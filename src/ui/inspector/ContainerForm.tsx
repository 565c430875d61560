import { useState, type ReactNode } from 'react'
import { formOf, networkChoices, type ContainerForm as Form } from '../../store/container-docs'
import type { Container } from '../../engine'
import { useAppStore } from '../../store/react'
import { useT } from '../i18n/language'
import { inspectorMessages } from './messages'

function Field({ label, hint, children }: { label: string; hint?: string; children: ReactNode }) {
  return (
    <label className="flex flex-col gap-0.5">
      <span className="font-semibold text-slate-700">
        {label}
        {hint ? <span className="ml-1 font-normal text-slate-500">{hint}</span> : null}
      </span>
      {children}
    </label>
  )
}

const input =
  'rounded border border-slate-300 px-1.5 py-1 font-mono text-[11px] focus-visible:outline-2 focus-visible:outline-sky-500'

/**
 * What `docker run` said about the container, editable. Apply runs the docker commands that
 * make it so (rename, start/stop, or a recreate); Docker's refusal leaves it as it was.
 */
export function ContainerForm({ container }: { container: Container }) {
  const t = useT(inspectorMessages)
  const topology = useAppStore((s) => s.shell.topology)
  const editContainer = useAppStore((s) => s.editContainer)
  const initial = formOf(topology, container)
  const [form, setForm] = useState<Form>(initial)
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }))
  const changed = JSON.stringify(form) !== JSON.stringify(initial)
  const text = (key: keyof Form, label: string, hint?: string) => (
    <Field label={label} hint={hint}>
      <input
        className={input}
        data-testid={`form-${key}`}
        value={String(form[key])}
        onChange={(e) => set({ [key]: e.target.value })}
      />
    </Field>
  )
  return (
    <form
      aria-label={t('editContainer', { name: container.name })}
      className="flex flex-col gap-2"
      onSubmit={(e) => {
        e.preventDefault()
        void editContainer(container.id, form)
      }}
    >
      {text('name', t('name'))}
      {text('image', t('image'))}
      <Field label={t('environment')} hint={t('environmentHint')}>
        <textarea
          className={input}
          rows={3}
          data-testid="form-env"
          value={form.env}
          onChange={(e) => set({ env: e.target.value })}
        />
      </Field>
      {text('publish', t('publishedPorts'), t('publishHint'))}
      {text('expose', t('exposedPorts'), '--expose')}
      {text('volumes', t('volumesField'), t('volumesHint'))}
      <Field label={t('networkMode')} hint="--network">
        <select
          className={input}
          data-testid="form-network"
          value={form.network}
          onChange={(e) => set({ network: e.target.value })}
        >
          {[...new Set([form.network, ...networkChoices(topology, container)])].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </Field>
      {text('aliases', t('networkAliases'), '--network-alias')}
      {text('ip', t('staticIp'), '--ip')}
      <label className="flex items-center gap-1.5 font-semibold text-slate-700">
        <input
          type="checkbox"
          data-testid="form-running"
          checked={form.running}
          onChange={(e) => set({ running: e.target.checked })}
        />
        {t('running')}
      </label>
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={!changed}
          className="rounded bg-sky-700 px-2 py-1 text-white hover:bg-sky-800 disabled:opacity-40"
        >
          {t('apply')}
        </button>
        <button
          type="button"
          disabled={!changed}
          onClick={() => setForm(initial)}
          className="rounded border border-slate-300 px-2 py-1 text-slate-700 disabled:opacity-40"
        >
          {t('reset')}
        </button>
      </div>
      <p className="text-[11px] text-slate-500">{t('recreateNote')}</p>
    </form>
  )
}
