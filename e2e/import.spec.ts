import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'

/** A writer's stack, as they keep it in their repository. */
const SHOP = `name: shop
services:
  web:
    image: nginx
    ports: ["8080:80"]
    depends_on: [api]
  api:
    image: node:22
    command: sleep infinity
    networks: [default, back]
    environment:
      DB_HOST: db
    logging:
      driver: json-file
  db:
    image: postgres:16
    networks:
      back:
        aliases: [database]
    volumes: [data:/var/lib/postgresql/data]
networks:
  back: {}
volumes:
  data: {}
`

test('a compose file opens as what docker compose up makes; Undo brings the diagram back', async ({
  page,
}) => {
  await page.goto('/?example=link')
  await expect(page.getByLabel('container web', { exact: true })).toBeVisible()
  await page.getByTestId('open-file').setInputFiles({
    name: 'docker-compose.yml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(SHOP),
  })
  for (const name of ['shop-web-1', 'shop-api-1', 'shop-db-1'])
    await expect(page.getByLabel(`container ${name}`, { exact: true })).toBeVisible()
  for (const name of ['shop_default', 'shop_back'])
    await expect(page.getByLabel(`network ${name}`, { exact: true })).toBeVisible()
  await expect(page.getByTestId('toast')).toContainText(
    'Imported docker-compose.yml as project shop: 3 containers; 1 note in the terminal',
  )
  const terminal = page.getByRole('log')
  await expect(terminal).toContainText(
    'docker run -d --name shop-db-1 --network shop_back --network-alias db --network-alias database',
  )
  await expect(terminal).toContainText(
    'docker-compose.yml: services.api.logging (line 13): not simulated; kept as written, and written back on export.',
  )
  await page.screenshot({ path: 'e2e/screenshots/compose-import.png' })

  // The service names answer in DNS, as compose sets them up.
  await page
    .getByRole('textbox', { name: 'Docker command' })
    .fill('docker exec shop-api-1 getent hosts database')
  await page.keyboard.press('Enter')
  await expect(terminal).toContainText(/172\.\d+\.\d+\.\d+\s+database/)

  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByLabel('container web', { exact: true })).toBeVisible()
  await expect(page.getByLabel('container shop-web-1', { exact: true })).toHaveCount(0)
})

test('a broken compose file says where, and the diagram stays', async ({ page }) => {
  await page.goto('/?example=link')
  await expect(page.getByLabel('container web', { exact: true })).toBeVisible()
  await page.getByTestId('open-file').setInputFiles({
    name: 'compose.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from('services:\n  web:\n    image: [nginx\n'),
  })
  await expect(page.getByTestId('toast')).toContainText(
    'Cannot import compose.yaml: compose.yaml: line',
  )
  await expect(page.getByLabel('container web', { exact: true })).toBeVisible()
})

test('a compose file dropped on the canvas opens the same way', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'New diagram' }).click()
  const drop = await page.evaluateHandle((text) => {
    const data = new DataTransfer()
    data.items.add(new File([text], 'compose.yaml', { type: 'application/yaml' }))
    return data
  }, SHOP)
  await page.locator('.react-flow__pane').dispatchEvent('drop', { dataTransfer: drop })
  await expect(page.getByLabel('container shop-db-1', { exact: true })).toBeVisible()
})

test('a compose file pasted on the canvas is imported', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'New diagram' }).click()
  await page.locator('.react-flow__pane').click()
  await page.evaluate((text) => {
    const data = new DataTransfer()
    data.setData('text/plain', text)
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }))
  }, SHOP)
  await expect(page.getByLabel('container shop-web-1', { exact: true })).toBeVisible()
  await expect(page.getByTestId('toast')).toContainText(
    'Imported pasted compose.yaml as project shop',
  )
})

test('a stack imported from compose exports back as a compose file that imports the same', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByTestId('open-file').setInputFiles({
    name: 'compose.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(SHOP),
  })
  await expect(page.getByLabel('container shop-db-1', { exact: true })).toBeVisible()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByRole('menuitem', { name: 'Export compose' }).click()
  const file = await download
  const text = readFileSync(await file.path(), 'utf8')
  expect(text).toMatch(/^name: shop$/m)
  for (const service of ['web:', 'api:', 'db:']) expect(text).toContain(`  ${service}`)
  await page.getByRole('button', { name: 'New diagram' }).click()
  await page.getByTestId('open-file').setInputFiles({
    name: file.suggestedFilename(),
    mimeType: 'application/yaml',
    buffer: Buffer.from(text),
  })
  for (const name of ['shop-web-1', 'shop-api-1', 'shop-db-1'])
    await expect(page.getByLabel(`container ${name}`, { exact: true })).toBeVisible()
  await expect(page.getByLabel('network shop_back', { exact: true })).toBeVisible()
})
