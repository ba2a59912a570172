import { parseArgs } from 'node:util'
import { commandHelp } from '../../src/cli/main.js'
import { parseArgsOptions } from '../../src/cli/command.js'
import { commandLoaders, loadCommands } from '../../src/cli/commands/index.js'
import { captureCli } from '../helpers/cli.js'

/**
 * Every option of every subcommand explains itself in `stable-sync <command> --help`: a one-line
 * description, and its default where it has one. A command added without descriptions fails here,
 * naming the command and the option.
 */
describe('stable-sync <command> --help', () => {
  // One module at a time first: jest's ESM loader can fail concurrent first imports of the same
  // built-in ("request for 'node:path' is not in cache"); loadCommands then finds them loaded.
  beforeAll(async () => {
    for (const [, load] of commandLoaders) await load()
  })

  it('every option of every command has a one-line description, printed by --help with its default', async () => {
    const commands = await loadCommands()
    expect(commands.length).toBeGreaterThan(0)
    const missing: string[] = []
    for (const c of commands) {
      const { code, out } = await captureCli([c.name, '--help'])
      expect(code).toBe(0)
      const lines = out.split('\n')
      for (const [name, o] of Object.entries(c.options)) {
        const where = `stable-sync ${c.name} --${name}`
        const description = (o as { description?: unknown }).description
        if (typeof description !== 'string' || description.trim() === '') {
          missing.push(`${where}: no description`)
          continue
        }
        if (description.includes('\n')) missing.push(`${where}: the description is more than one line`)
        const line = lines.find(l => new RegExp(`^ {2}(-\\w, )?--${name}( VALUE)? `).test(l))
        if (!line) {
          missing.push(`${where}: --help prints no line for it`)
          continue
        }
        if (!line.includes(description)) missing.push(`${where}: --help does not print its description`)
        if (o.default !== undefined && !line.includes(`(default: ${o.default})`))
          missing.push(`${where}: --help does not print its default "${o.default}"`)
      }
    }
    expect(missing).toEqual([])
  })

  it('lines the descriptions up in one column and marks repeatable options', async () => {
    const commands = await loadCommands()
    const plan = commands.find(c => c.name === 'plan')!
    const help = commandHelp(plan)
    expect(help).toContain('Options:')
    const optionLines = help.split('\n').filter(l => /^ {2}-/.test(l))
    // The description starts after the first run of two or more spaces past the flag.
    const starts = optionLines.map(l => /^ {2}\S.*?\S {2,}/.exec(l)?.[0].length)
    expect(starts.every(n => n !== undefined)).toBe(true)
    expect(new Set(starts).size).toBe(1)
    expect(help).toMatch(/--track VALUE +Only this track \(by name\) \(repeatable\) \(default: every track\)/)
    expect(help).toMatch(/-v, --verbose +Print debug messages on stderr$/m)
  })

  it('parseArgs still parses every command’s options (help-only keys are stripped)', async () => {
    for (const c of await loadCommands()) {
      const options = parseArgsOptions(c.options)
      for (const spec of Object.values(options)) {
        expect(Object.keys(spec).every(k => ['type', 'short', 'multiple'].includes(k))).toBe(true)
      }
      // Each option parses as its type: a string takes a value, a boolean stands alone.
      const args = Object.entries(options).flatMap(([name, o]) =>
        o.type === 'string' ? [`--${name}`, 'x'] : [`--${name}`]
      )
      const { values } = parseArgs({ args, options, strict: true, allowPositionals: true })
      for (const [name, o] of Object.entries(options))
        expect(values[name]).toEqual(
          o.type === 'string' ? (o.multiple ? ['x'] : 'x') : o.multiple ? [true] : true
        )
    }
  })
})
