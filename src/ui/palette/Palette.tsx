import { useState, type DragEvent, type ReactNode } from 'react'
import { Box, Cable, Globe, HardDrive, Network, Server } from 'lucide-react'
import type { ContainerEdgeMode, PaletteItem } from '../../store'
import { useAppStore } from '../../store/react'
import { writePaletteItem } from '../palette-item'
import { useT } from '../i18n/language'
import { shellMessages } from '../shell/messages'

const IMAGES = [
  'busybox',
  'nginx',
  'httpd',
  'mysql',
  'postgres',
  'redis',
  'wordpress',
  'training/webapp',
  'training/postgres',
  'svendowideit/ambassador',
]

function Item({
  item,
  testId,
  icon,
  label,
}: {
  item: PaletteItem
  testId: string
  icon: ReactNode
  label: string
}) {
  const drop = useAppStore((s) => s.drop)
  const t = useT(shellMessages)
  // Enter, Space or a click adds it to the current host, for those who cannot drag.
  const add = () => void drop(item, [])
  return (
    <div
      draggable
      data-testid={testId}
      role="button"
      tabIndex={0}
      aria-label={t('add', { what: label })}
      onDragStart={(e: DragEvent) => writePaletteItem(e.dataTransfer, item)}
      onClick={add}
      onKeyDown={(e) => {
        if (e.key !== 'Enter' && e.key !== ' ') return
        e.preventDefault()
        add()
      }}
      className="flex cursor-grab items-center gap-2 rounded-md border border-slate-200 bg-white px-2 py-1.5 text-sm text-slate-800 hover:border-sky-400 focus-visible:outline-2 focus-visible:outline-sky-500"
    >
      {icon}
      <span className="truncate">{label}</span>
    </div>
  )
}

const containerIcon = <Box aria-hidden className="size-4 shrink-0 text-sky-700" />

/**
 * Any image, typed: the presets are suggestions, not a limit (Docknet's images are all
 * "pulled"; one it does not know exposes no port). Enter adds it; the card below drags it.
 */
function AnyImage() {
  const [image, setImage] = useState('')
  const drop = useAppStore((s) => s.drop)
  const t = useT(shellMessages)
  const ref = image.trim()
  return (
    <form
      className="flex flex-col gap-1.5"
      onSubmit={(e) => {
        e.preventDefault()
        if (ref) void drop({ kind: 'container', image: ref }, [])
      }}
    >
      <input
        data-testid="palette-image"
        aria-label={t('imageLabel')}
        list="palette-images"
        value={image}
        onChange={(e) => setImage(e.target.value)}
        placeholder={t('imagePlaceholder')}
        autoComplete="off"
        spellCheck={false}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-xs text-slate-800 placeholder:text-slate-500 focus-visible:outline-2 focus-visible:outline-sky-500"
      />
      <datalist id="palette-images">
        {IMAGES.map((i) => (
          <option key={i} value={i} />
        ))}
      </datalist>
      {ref && !IMAGES.includes(ref) ? (
        <Item
          item={{ kind: 'container', image: ref }}
          testId="palette-container-typed"
          icon={containerIcon}
          label={ref}
        />
      ) : null}
    </form>
  )
}

const EDGE_MODES = [
  { mode: 'link', label: '--link', hint: 'hintLink' },
  { mode: 'joined', label: '--net=container:', hint: 'hintJoined' },
  { mode: 'volumes-from', label: '--volumes-from', hint: 'hintVolumesFrom' },
] as const satisfies readonly { mode: ContainerEdgeMode; label: string; hint: string }[]

/** What an edge drawn from one container to another means. */
function EdgeModes() {
  const mode = useAppStore((s) => s.edgeMode)
  const setMode = useAppStore((s) => s.setEdgeMode)
  const t = useT(shellMessages)
  return (
    <fieldset className="mt-2 text-sm text-slate-700">
      <legend className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
        {t('containerToContainer')}
      </legend>
      {EDGE_MODES.map((m) => (
        <label
          key={m.mode}
          title={t(m.hint)}
          className="flex items-center gap-1.5 font-mono text-xs"
        >
          <input
            type="radio"
            name="edge-mode"
            data-testid={`edge-mode-${m.mode}`}
            checked={mode === m.mode}
            onChange={() => setMode(m.mode)}
          />
          {m.label}
        </label>
      ))}
      <p className="mt-1 text-[11px] leading-snug text-slate-500">{t('dragHint')}</p>
    </fieldset>
  )
}

/**
 * macvlan and ipvlan networks: their containers get addresses on the host's LAN, hanging from
 * the parent interface given here (eth0, or eth0.10 for VLAN 10).
 */
function LanNetworks() {
  const [parent, setParent] = useState('eth0')
  const t = useT(shellMessages)
  const icon = <Cable aria-hidden className="size-4 text-emerald-700" />
  return (
    <div className="flex flex-col gap-2">
      <Item
        item={{ kind: 'lan', driver: 'macvlan', parent }}
        testId="palette-macvlan"
        icon={icon}
        label={t('macvlan')}
      />
      <Item
        item={{ kind: 'lan', driver: 'ipvlan', parent }}
        testId="palette-ipvlan"
        icon={icon}
        label={t('ipvlan')}
      />
      <label className="flex items-center gap-1.5 text-xs whitespace-nowrap text-slate-600">
        {t('parent')}
        <input
          data-testid="palette-lan-parent"
          value={parent}
          onChange={(e) => setParent(e.target.value)}
          className="w-full rounded border border-slate-300 bg-white px-1.5 py-0.5 font-mono text-xs text-slate-800"
          aria-label={t('parentLabel')}
        />
      </label>
    </div>
  )
}

/** Drag sources for everything a topology is made of. */
export function Palette() {
  const t = useT(shellMessages)
  return (
    <aside
      aria-label={t('palette')}
      className="flex w-52 shrink-0 flex-col gap-2 overflow-y-auto border-r border-slate-200 bg-slate-50 p-3"
    >
      <h2 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
        {t('palette')}
      </h2>
      <Item
        item={{ kind: 'host' }}
        testId="palette-host"
        icon={<Server aria-hidden className="size-4 text-slate-500" />}
        label={t('host')}
      />
      <Item
        item={{ kind: 'bridge' }}
        testId="palette-bridge"
        icon={<Network aria-hidden className="size-4 text-emerald-600" />}
        label={t('bridge')}
      />
      <Item
        item={{ kind: 'overlay' }}
        testId="palette-overlay"
        icon={<Globe aria-hidden className="size-4 text-emerald-700" />}
        label={t('overlay')}
      />
      <LanNetworks />
      <Item
        item={{ kind: 'volume' }}
        testId="palette-volume"
        icon={<HardDrive aria-hidden className="size-4 text-amber-600" />}
        label={t('volume')}
      />
      {/* Above the images, so it is in view on a laptop screen. */}
      <EdgeModes />
      <h3 className="mt-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">
        {t('containers')}
      </h3>
      <AnyImage />
      {IMAGES.map((image) => (
        <Item
          key={image}
          item={{ kind: 'container', image }}
          testId={
            image === 'busybox'
              ? 'palette-container'
              : `palette-container-${image.replace('/', '-')}`
          }
          icon={containerIcon}
          label={image}
        />
      ))}
    </aside>
  )
}
