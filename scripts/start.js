/**
 * `npm start` (after `npm run build`): convert every document in `seeds/`
 * into `out/<stem>.json` with the CLI, then show what each file holds.
 *
 * Runs from the package root whatever folder npm was called from, so the
 * paths in messages read `seeds/…` and the output lands in `./out`.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {main} from '../dist/cli/main.js'

const root = fileURLToPath(new URL('..', import.meta.url))
process.chdir(root)

// --quiet: info messages (a dropped promotional line) are noise on a first run.
const code = await main(['convert', 'seeds', '--out-dir', 'out', '--quiet'])

const extensions = new Set(['.txt', '.text', '.md', '.markdown'])
const seeds = (await fs.readdir('seeds', {recursive: true}))
  .filter((name) => extensions.has(path.extname(name).toLowerCase()))
  .sort()

console.log('\nseeds/ → out/')
for (const name of seeds) {
  const output = path.join('out', name.slice(0, -path.extname(name).length) + '.json')
  const profession = await fs
    .readFile(output, 'utf8')
    .then((text) => JSON.parse(text))
    .catch(() => undefined)

  console.log(
    profession
      ? `  ${output}  ${profession.title}: ${count(profession.knowledge, 'knowledge')}, ` +
          `${count(profession.skills, 'skills')}, ${count(profession.optionalSkills, 'optional')}, ` +
          `${count(profession.jobTitles, 'job titles')}`
      : `  ${output}  not written (see the messages above)`
  )
}

console.log('\nTry: node dist/cli/bin.js parse seeds/producer.txt')
process.exitCode = code

function count(list, label) {
  return `${Array.isArray(list) ? list.length : 0} ${label}`
}
