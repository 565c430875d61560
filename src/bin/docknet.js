#!/usr/bin/env node
// The `docknet` command. It registers tsx so the TypeScript sources run as they are: no
// build step a user must remember after `npm install`.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('./main.ts')
process.exitCode = await main(process.argv.slice(2))
