/**
 * Writes src/scenarios/layouts.json: each example's cards placed by Tidy layout (elkjs), so an
 * example opens as a tidy picture without loading elkjs. Run it after changing an example or
 * the layout: `npm run layouts` (a unit test fails while the file is out of date).
 */
import { writeFileSync } from 'node:fs'
import { exampleLayouts } from '../src/store/example-layouts'

const file = new URL('../src/scenarios/layouts.json', import.meta.url)
writeFileSync(file, `${JSON.stringify(await exampleLayouts(), null, 2)}\n`)
console.log(`wrote ${file.pathname}`)
