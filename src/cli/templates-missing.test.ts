import { describe, expect, it } from 'vitest'
import { execute } from './execute'
import { createShell } from './state'
import { renderGoTemplate } from './go-template'

describe('a shell without the template engine (the browser before it loads)', () => {
  it('runs containers, but says so instead of printing a table it cannot render', () => {
    const bare = createShell()
    const run = execute(bare, 'docker run -d --name web nginx')
    expect(run.output.exitCode).toBe(0)
    const ps = execute(run.state, 'docker ps')
    expect(ps.output).toEqual({
      stdout: '',
      stderr: 'docknet: the Go template engine is not loaded yet; try again\n',
      exitCode: 1,
    })
    expect(execute(run.state, 'docker inspect -f {{.Name}} web').output.exitCode).toBe(1)
    expect(execute(run.state, 'docker inspect web').output.exitCode).toBe(0)
  })

  it('prints the table once the engine is given', () => {
    const ready = { ...execute(createShell(), 'docker run -d --name web nginx').state }
    const ps = execute({ ...ready, templates: renderGoTemplate }, 'docker ps --format {{.Names}}')
    expect(ps.output.stdout).toBe('web\n')
  })
})
