import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'

/** Opens the Export menu and picks a format (a picture through its dialog). */
async function exportAs(page: Page, format: string) {
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  const picture = format === 'SVG' || format === 'PNG'
  await page
    .getByRole('menuitem', { name: picture ? 'Export picture' : `Export ${format}` })
    .click()
  if (picture) await page.getByRole('button', { name: `Download ${format}` }).click()
}

test('export as SVG and PNG; the SVG opens again as the same diagram', async ({ page }) => {
  await page.goto('/?example=ambassador')
  await expect(page.getByLabel('container wordpress', { exact: true })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Legend' })).toContainText('ambassador forward')

  const svgDownload = page.waitForEvent('download')
  await exportAs(page, 'SVG')
  expect((await svgDownload).suggestedFilename()).toMatch(/^[a-z0-9-]+\.docknet\.svg$/)
  expect((await svgDownload).suggestedFilename()).not.toBe('diagram.docknet.svg')
  const svgFile = await (await svgDownload).path()
  const svg = readFileSync(svgFile, 'utf8')
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
  for (const name of ['wordpress', 'ambassador2', 'ambassador1', 'mysql', 'vm2'])
    expect(svg).toContain(`>${name}</text>`)
  expect(svg).toContain('>ambassador forward</text>')

  const pngDownload = page.waitForEvent('download')
  await exportAs(page, 'PNG')
  const png = readFileSync(await (await pngDownload).path())
  expect(png.subarray(1, 4).toString()).toBe('PNG')
  expect(png.length).toBeGreaterThan(10_000)

  // The exported picture, shown as an image, for a look at it.
  await page.setContent(`<body style="margin:0;background:#fff">${svg}</body>`)
  await page.screenshot({ path: 'e2e/screenshots/export-svg.png', fullPage: true })

  await page.goto('/')
  await page.getByRole('button', { name: 'New diagram' }).click()
  await expect(page.getByLabel('container wordpress', { exact: true })).toHaveCount(0)
  await page.getByTestId('open-file').setInputFiles(svgFile)
  await expect(page.getByLabel('container wordpress', { exact: true })).toBeVisible()
  await expect(page.getByLabel('container mysql', { exact: true })).toBeVisible()
})

test('an export made zoomed far out still draws whole cards', async ({ page }) => {
  await page.goto('/?example=ambassador')
  const wordpress = page.getByLabel('container wordpress', { exact: true })
  await expect(wordpress).toBeVisible()
  const zoomOut = page.getByRole('button', { name: 'Zoom Out' })
  // Far out, the canvas shows name-only cards: the image line is gone.
  for (let i = 0; i < 8; i++) await zoomOut.click()
  await expect(wordpress).not.toContainText('bridge 172.17.0.3')
  const download = page.waitForEvent('download')
  await exportAs(page, 'SVG')
  const svg = readFileSync(await (await download).path(), 'utf8')
  const card =
    /<g data-id="container:[^"]+"><rect x="[-\d.]+" y="[-\d.]+" width="([\d.]+)" height="([\d.]+)"/.exec(
      svg,
    )
  // A container card holds its name, image and one address: 44 + 2 lines of 14 px at least.
  expect(Number(card?.[2])).toBeGreaterThanOrEqual(72)
  expect(svg).toContain('>bridge 172.17.0.3</text>')
})

test('a PNG export the browser cannot encode says so', async ({ page }) => {
  await page.addInitScript(() => {
    HTMLImageElement.prototype.decode = () =>
      Promise.reject(new DOMException('The source image cannot be decoded.', 'EncodingError'))
  })
  await page.goto('/?example=link')
  await expect(page.getByLabel('container web', { exact: true })).toBeVisible()
  await exportAs(page, 'PNG')
  await expect(page.getByTestId('toast')).toHaveText(
    /The PNG export failed: The source image cannot be decoded\./,
  )
})

test('a network name XML forbids still exports a well-formed SVG that opens again', async ({
  page,
}) => {
  await page.goto('/')
  const input = page.getByTestId('terminal-input')
  await input.fill('docker network create ctlXx')
  await input.press('Enter')
  await expect(page.getByLabel('network ctlXx', { exact: true })).toBeVisible()
  const saved = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save diagram' }).click()
  // Docker accepts a control character in a network name; a typed line cannot hold one.
  const doc = readFileSync(await (await saved).path(), 'utf8').replaceAll('ctlXx', 'ctl\\u0001x')
  await page.getByTestId('open-file').setInputFiles({
    name: 'odd.docknet.json',
    mimeType: 'application/json',
    buffer: Buffer.from(doc),
  })
  await expect(page.getByLabel('network ctl\u0001x', { exact: true })).toBeVisible()
  const exported = page.waitForEvent('download')
  await exportAs(page, 'SVG')
  const svgFile = await (await exported).path()
  const svg = readFileSync(svgFile, 'utf8')
  const error = await page.evaluate(
    (text) =>
      new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror')
        ?.textContent ?? null,
    svg,
  )
  expect(error).toBeNull()
  await page.getByRole('button', { name: 'New diagram' }).click()
  await page.getByTestId('open-file').setInputFiles(svgFile)
  await expect(page.getByLabel('network ctl\u0001x', { exact: true })).toBeVisible()
})

test('one Export menu holds every format; Escape closes it and gives the focus back', async ({
  page,
}) => {
  await page.goto('/?example=link')
  await expect(page.getByLabel('container web', { exact: true })).toBeVisible()
  const toggle = page.getByRole('button', { name: 'Export', exact: true })
  await toggle.click()
  const menu = page.getByRole('menu', { name: 'Export formats' })
  await expect(menu.getByRole('menuitem')).toHaveText([
    /^picture/,
    /^Mermaid/,
    /^draw\.io/,
    /^compose/,
    /^docker script/,
    /^verify script/,
    /^share link/,
  ])
  await expect(menu.getByRole('menuitem').first()).toBeFocused()
  await page.screenshot({ path: 'e2e/screenshots/export-menu.png' })
  await page.keyboard.press('Escape')
  await expect(menu).toHaveCount(0)
  await expect(toggle).toBeFocused()
  await toggle.click()
  await page.getByRole('region', { name: 'Canvas' }).click({ position: { x: 20, y: 300 } })
  await expect(menu).toHaveCount(0)
})

test('export as draw.io: hosts hold their cards, edges join them, named after the example', async ({
  page,
}) => {
  await page.goto('/?example=ambassador')
  await expect(page.getByLabel('container wordpress', { exact: true })).toBeVisible()
  const download = page.waitForEvent('download')
  await exportAs(page, 'draw.io')
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^[a-z0-9-]+\.drawio$/)
  expect(file.suggestedFilename()).not.toBe('diagram.drawio')
  const xml = readFileSync(await file.path(), 'utf8')
  const shape = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml')
    const cells = [...doc.querySelectorAll('mxCell')]
    const byId = new Map(cells.map((c) => [c.getAttribute('id'), c]))
    const label = (c: Element | undefined) => {
      const holder = document.createElement('div')
      holder.innerHTML = c?.getAttribute('value') ?? ''
      return holder.textContent ?? ''
    }
    const vertex = (name: string) =>
      cells.find((c) => c.getAttribute('vertex') === '1' && label(c).startsWith(name))
    const parentName = (name: string) => label(byId.get(vertex(name)?.getAttribute('parent') ?? ''))
    const edges = cells.filter((c) => c.getAttribute('edge') === '1')
    return {
      broken: doc.querySelector('parsererror') !== null,
      wordpressIn: parentName('wordpress'),
      mysqlIn: parentName('mysql'),
      edgesJoinCells: edges.every(
        (e) => byId.has(e.getAttribute('source')) && byId.has(e.getAttribute('target')),
      ),
      edges: edges.length,
    }
  }, xml)
  expect(shape).toMatchObject({ broken: false, edgesJoinCells: true })
  // The example's two hosts: the local daemon and vm2.
  expect(shape.wordpressIn).toMatch(/^default /)
  expect(shape.mysqlIn).toMatch(/^vm2 /)
  expect(shape.edges).toBeGreaterThan(3)
})

test('export as a docker script, which opens again as the same world', async ({ page }) => {
  await page.goto('/?example=ambassador')
  await expect(page.getByLabel('container wordpress', { exact: true })).toBeVisible()
  const download = page.waitForEvent('download')
  await exportAs(page, 'docker script')
  const file = await download
  expect(file.suggestedFilename()).toMatch(/\.sh$/)
  const script = readFileSync(await file.path(), 'utf8')
  expect(script).toContain('docker context create vm2')
  await page.getByRole('button', { name: 'New diagram' }).click()
  await expect(page.getByLabel('container wordpress', { exact: true })).toHaveCount(0)
  await page.getByTestId('open-file').setInputFiles({
    name: 'stack.sh',
    mimeType: 'text/x-shellscript',
    buffer: Buffer.from(script),
  })
  for (const name of ['wordpress', 'ambassador1', 'ambassador2', 'mysql'])
    await expect(page.getByLabel(`container ${name}`, { exact: true })).toBeVisible()
})

test('export as Mermaid: a flowchart with a subgraph per host, named after the example', async ({
  page,
}) => {
  await page.goto('/?example=ambassador')
  await expect(page.getByLabel('container wordpress', { exact: true })).toBeVisible()
  const download = page.waitForEvent('download')
  await exportAs(page, 'Mermaid')
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^[a-z0-9-]+\.mmd$/)
  const text = readFileSync(await file.path(), 'utf8')
  expect(text).toMatch(/^(---[\s\S]*?---\n)?(%%.*\n)*flowchart LR\n/)
  expect(text.match(/^\s*subgraph /gm)).toHaveLength(2)
  for (const name of ['wordpress', 'ambassador1', 'ambassador2', 'mysql'])
    expect(text).toContain(name)
  // Drawn by mermaid itself, as GitHub and GitLab draw a ```mermaid block.
  const shown = await page.context().newPage()
  await shown.setContent('<body style="background:white"><div id="out"></div></body>')
  await shown.addScriptTag({ path: 'node_modules/mermaid/dist/mermaid.min.js' })
  const drawn = await shown.evaluate(async (source) => {
    const m = (window as unknown as { mermaid: MermaidApi }).mermaid
    m.initialize({ startOnLoad: false, securityLevel: 'strict' })
    const { svg } = await m.render('exported', source)
    const out = document.getElementById('out')
    if (out) out.innerHTML = svg
    return out?.textContent ?? ''
  }, text)
  for (const name of ['wordpress', 'ambassador1', 'ambassador2', 'mysql', 'vm2'])
    expect(drawn).toContain(name)
  await shown.screenshot({ path: 'e2e/screenshots/export-mermaid.png', fullPage: true })
})

interface MermaidApi {
  initialize(config: Record<string, unknown>): void
  render(id: string, text: string): Promise<{ svg: string }>
}

test('the picture dialog previews the export and takes a title, caption and options', async ({
  page,
}) => {
  await page.goto('/?example=link')
  await expect(page.getByLabel('container web', { exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByRole('menuitem', { name: 'Export picture' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export a picture' })
  await expect(dialog.getByRole('img', { name: 'Preview of the exported picture' })).toBeVisible()
  await dialog.getByLabel('Title').fill('Our <legacy> stack')
  await dialog.getByLabel('Caption').fill('web reaches db by name.')
  await dialog.getByLabel('Hide IP addresses and subnets').check()
  await dialog.getByLabel('Transparent background').check()
  await page.screenshot({ path: 'e2e/screenshots/export-dialog.png' })
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Download SVG' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('our-legacy-stack.docknet.svg')
  const svg = readFileSync(await file.path(), 'utf8')
  expect(svg).toContain('>Our &lt;legacy&gt; stack</text>')
  expect(svg).toContain('>web reaches db by name.</text>')
  // What it shows (the embedded diagram, which reopens it, keeps its addresses).
  const shown = svg.replace(/<metadata[\s\S]*?<\/metadata>/, '')
  expect(shown).not.toMatch(/172\.17\./)
  expect(shown).not.toMatch(/<rect x="-?\d+" y="-?\d+" width="\d+" height="\d+" fill="#ffffff"\/>/)
  await expect(dialog).toBeHidden()
  // Opened again for the PNG, it keeps what was set for this diagram.
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByRole('menuitem', { name: 'Export picture' }).click()
  await expect(dialog.getByLabel('Title')).toHaveValue('Our <legacy> stack')
  await expect(dialog.getByLabel('Hide IP addresses and subnets')).toBeChecked()
  const png = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Download PNG' }).click()
  expect((await png).suggestedFilename()).toBe('our-legacy-stack.png')
})
