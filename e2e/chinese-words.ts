import type { Locator } from '@playwright/test'

/**
 * Docker's own words, which stay as Docker writes them in any language: commands and flags,
 * drivers, images, interfaces, file paths. Anything else in Latin letters is English left over.
 */
export const DOCKER_WORDS =
  /^(docker|Docker|Docknet|busybox|nginx|httpd|mysql|postgres|redis|wordpress|training|webapp|svendowideit|ambassador|alpine|Bridge|Overlay|Macvlan|Ipvlan|eth0|link|net|container|volumes|from|etc|hosts|DNS|Up|IP|run|name|web|db|socat|mysql|vm2|default|icc|false|true|compose|ping|curl|start|volume|create|stop)$/

/**
 * The words in Latin letters of `region`'s visible text that are not Docker's. Docker's error
 * texts, quoted in a Chinese sentence ("Cannot link to a non running container"), are Docker's.
 */
export async function englishIn(region: Locator): Promise<string[]> {
  const text = (await region.innerText()).replace(/"[^"]*"/g, '')
  return (text.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !DOCKER_WORDS.test(w))
}

/** More of Docker's words: drivers, protocols, the commands and files the views name. */
const MORE_DOCKER_WORDS =
  /^(bridge|host|overlay|macvlan|ipvlan|none|local|tcp|udp|exec|inspect|resolv|conf|getent|swarm|docker0|eth|lan|nameserver|iptables|DOCKER|FORWARD|ACCEPT|DROP|DNAT|MASQUERADE|KEY|value|data|srv|site|usr|share|html|var|lib|_data|SVG|PNG|JSON|Mermaid|draw|drawio|Markdown|diagrams|Ctrl|Shift|Esc|Delete|Enter|Tab|Space|Alt|Cmd|latest|network|proxy|root)$/

/**
 * The words in Latin letters a Chinese reader sees in `region`, or hears from its names and
 * tooltips (aria-label, title, placeholder), less Docker's own words and `extra` (the names the
 * test typed). Docker's output and commands, shown in monospace (`pre`, `code`, `.font-mono`),
 * are Docker's and left out, as are what was typed into fields.
 */
export async function uiEnglishIn(region: Locator, extra = /^$/): Promise<string[]> {
  const said = await region.evaluate((root) => {
    const docker = 'pre, code, kbd, samp, .font-mono, input, textarea, select[data-docker]'
    const attributes = [root, ...root.querySelectorAll('*')].flatMap((e) =>
      ['aria-label', 'title', 'placeholder']
        .map((a) => e.getAttribute(a))
        .filter((v): v is string => v !== null),
    )
    const copy = root.cloneNode(true) as Element
    copy.querySelectorAll(docker).forEach((e) => e.remove())
    copy.querySelectorAll('*').forEach((e) => e.append(' '))
    return [copy.textContent ?? '', ...attributes].join('\n')
  })
  // Flags (`--network-alias`) are Docker's, as are the texts it prints, quoted.
  const text = said.replace(/"[^"]*"/g, '').replace(/--[a-z][\w-]*/g, '')
  return (text.match(/[A-Za-z]{3,}/g) ?? []).filter(
    // Names in capitals are environment variables' (DB_PORT_5432_TCP_ADDR).
    (w) =>
      !DOCKER_WORDS.test(w) && !MORE_DOCKER_WORDS.test(w) && !/^[A-Z]+$/.test(w) && !extra.test(w),
  )
}
