/*
 * Hostile documents, built from a fixed seed so every run sees the same
 * bytes, and a small profile of our own in each format to carry them.
 */
import {random} from './sound.js'

/** The formats a document can be read in. */
export const formats = ['text', 'markdown', 'html'] as const
export type DocumentFormat = (typeof formats)[number]

/** A small complete profile, as a copy-pasted page. */
export const textProfile = [
  'Profession baker',
  '',
  'Bakers make bread, rolls and pastries for shops and restaurants.',
  '',
  'Personality Type',
  '',
  '  • Realistic / Conventional',
  '',
  'Knowledge',
  '',
  '  • Food safety',
  '',
  '    Methods of keeping food safe to eat.',
  '',
  'Skills',
  '',
  '  • Knead dough',
  '',
  '    Work dough by hand or machine until it is smooth.',
  '',
  'Optional knowledge and skills',
  '',
  'operate ovens, decorate cakes',
  '',
  'Common job titles',
  '',
  '  • Baker',
  '  • Pastry baker',
  ''
].join('\n')

/** The same profile in Markdown. */
export const markdownProfile = `# Baker

Bakers make bread, rolls and pastries for shops and restaurants.

## Personality Type

- Realistic / Conventional

## Knowledge

- **Food safety**: Methods of keeping food safe to eat.

## Skills

- **Knead dough**: Work dough by hand or machine until it is smooth.

## Optional knowledge and skills

- operate ovens
- decorate cakes

## Common job titles

- Baker
- Pastry baker
`

/** The same profile as a saved HTML page. */
export const htmlProfile = `<!doctype html>
<html><head><title>Baker</title></head><body>
<h1>Profession baker</h1>
<p>Bakers make bread, rolls and pastries for shops and restaurants.</p>
<h2>Personality Type</h2>
<ul><li>Realistic / Conventional</li></ul>
<h2>Knowledge</h2>
<ul><li><strong>Food safety</strong><p>Methods of keeping food safe to eat.</p></li></ul>
<h2>Skills</h2>
<ul><li><strong>Knead dough</strong><p>Work dough by hand or machine until it is smooth.</p></li></ul>
<h2>Optional knowledge and skills</h2>
<p>operate ovens, decorate cakes</p>
<h2>Common job titles</h2>
<ul><li>Baker</li><li>Pastry baker</li></ul>
</body></html>
`

/** The profile in a format. */
export const profiles: Record<DocumentFormat, string> = {text: textProfile, markdown: markdownProfile, html: htmlProfile}

/** What each profile gives. */
export const bakerProfession = {
  description: 'Bakers make bread, rolls and pastries for shops and restaurants.',
  personalityTypes: [{code: 'RC', types: ['Realistic', 'Conventional']}],
  knowledge: [{name: 'Food safety', description: 'Methods of keeping food safe to eat.'}],
  skills: [{name: 'Knead dough', description: 'Work dough by hand or machine until it is smooth.'}],
  optionalSkills: [
    {name: 'operate ovens', kind: 'skill'},
    {name: 'decorate cakes', kind: 'skill'}
  ],
  jobTitles: ['Baker', 'Pastry baker']
}

/** A page whose body is `body`, in a format: a title, then the body. */
export function page(format: DocumentFormat, body: string): string {
  if (format === 'markdown') return '# Baker\n\n' + body
  if (format === 'html') return '<!doctype html>\n<html><body>\n<h1>Profession baker</h1>\n' + body + '\n</body></html>\n'
  return 'Profession baker\n\n' + body
}

/** A section with a heading and a body, in a format. */
export function section(format: DocumentFormat, heading: string, body: string): string {
  if (format === 'markdown') return `## ${heading}\n\n${body}\n`
  if (format === 'html') return `<h2>${heading}</h2>\n${body}\n`
  return `${heading}\n\n${body}\n`
}

/** `length` bytes from a fixed seed. */
export function randomBytes(length: number, seed: number): Uint8Array {
  const next = random(seed)
  const bytes = new Uint8Array(length)
  for (let index = 0; index < length; index++) bytes[index] = Math.floor(next() * 256)
  return bytes
}

/** Labels such as careers pages list, to repeat into a run-on list. */
const labels = [
  'operate ovens',
  'decorate cakes',
  'food safety',
  'manage stock',
  'bread chemistry',
  'clean equipment',
  'order supplies',
  'shape dough',
  'pastry techniques',
  'hygiene regulations',
  'serve customers',
  'plan production'
]

/**
 * A run-on optional list (labels with no separator but spaces) of at least
 * `length` characters, from a fixed seed.
 */
export function runOnList(length: number, seed: number): string {
  const next = random(seed)
  const parts: string[] = []
  let size = 0
  while (size < length) {
    const label = labels[Math.floor(next() * labels.length)]!
    parts.push(label)
    size += label.length + 1
  }

  return parts.join(' ')
}

/** `count` bulleted job titles, in a format. */
export function bulletList(format: DocumentFormat, count: number): string {
  const titles = Array.from({length: count}, (_, index) => `Baker ${index + 1}`)
  if (format === 'html') return '<ul>\n' + titles.map((title) => `<li>${title}</li>`).join('\n') + '\n</ul>'
  const bullet = format === 'markdown' ? '- ' : '  • '
  return titles.map((title) => bullet + title).join('\n')
}
