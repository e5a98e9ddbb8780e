import {describe, expect, test} from 'vitest'
import {formatFromPath, parse, sniffFormat} from '../../src/index.js'

/** A page: the body inside a minimal document. */
function page(body: string): string {
  return `<!doctype html>\n<html><head><title>T</title></head>\n<body>\n${body}\n</body></html>\n`
}

const sections = `<h2>Personality Type</h2>
<ul><li>Enterprising / Artistic</li></ul>`

describe('reading a saved page', () => {
  test('leaves out scripts, styles, navigation, asides, footers, the page banner and hidden content', () => {
    const result = parse(
      page(`<header><h1>Careers site</h1><p>Find your job</p></header>
<nav><ul><li>Home</li><li>Professions</li></ul></nav>
<main><article>
<header><h1>Profession producer</h1></header>
<p>Producers manage productions.</p>
<script>var promo = 'Knowledge'</script><style>p { color: red }</style>
<noscript><p>Enable JavaScript.</p></noscript><template><p>Template</p></template>
<p hidden>Hidden line.</p><p aria-hidden="true">Also hidden.</p><p style="display: none">Not shown.</p>
${sections}
<aside><h2>Related articles</h2><ul><li>How to start</li></ul></aside>
<h2>Common job titles</h2><ul><li>Producer</li></ul>
<footer><p>Source: ESCO</p></footer>
</article></main>
<footer><p>© Careers</p></footer>`)
    )
    expect(result.format).toBe('html')
    expect(result.profession).toEqual({
      title: 'producer',
      description: 'Producers manage productions.',
      personalityTypes: [{code: 'EA', types: ['Enterprising', 'Artistic']}],
      knowledge: [],
      skills: [],
      optionalSkills: [],
      jobTitles: ['Producer']
    })
  })

  test('joins the <br> lines of a paragraph with a space; a blank line (<br><br>) or a new <p> starts a paragraph', () => {
    const result = parse(page(`<h1>Baker</h1><p>Bakers bake.<br>\n  They start early.<br><br>Some sell.</p><p>Others teach.</p>${sections}`))
    expect(result.profession.description).toBe('Bakers bake. They start early.\n\nSome sell.\n\nOthers teach.')
  })

  test('reads items as <li>Name<p>description</p>, a <p> after the <li>, <strong>Name</strong>: text, or <dt>/<dd>', () => {
    const result = parse(
      page(`<h1>Baker</h1>${sections}
<h2>Knowledge</h2>
<ul>
  <li>Food safety<p>Keeping food safe.</p></li>
  <li>Ingredients</li>
  <p>What goes into bread.</p>
  <li><strong>Hygiene</strong>: Clean hands.</li>
</ul>
<h2>Skills</h2>
<dl><dt>Knead dough</dt><dd>Mix and shape dough.</dd><dd>Judge when it is ready.</dd></dl>`)
    )
    expect(result.profession.knowledge).toEqual([
      {name: 'Food safety', description: 'Keeping food safe.'},
      {name: 'Ingredients', description: 'What goes into bread.'},
      {name: 'Hygiene', description: 'Clean hands.'}
    ])
    expect(result.profession.skills).toEqual([
      // Like lines of one paragraph: a <dd> starts a line, not a blank line.
      {name: 'Knead dough', description: 'Mix and shape dough. Judge when it is ready.'}
    ])
  })

  test('infers knowledge and skills when the headings are missing: two lists in a row are two groups', () => {
    const result = parse(
      page(`<h1>Baker</h1>${sections}
<ul><li>Food safety<p>The principles of keeping food safe.</p></li><li>Bakery ingredients<p>The raw materials of baked goods.</p></li></ul>
<ul><li>Knead dough<p>Mix and shape dough.</p></li><li>Operate ovens<p>Set temperature and time.</p></li></ul>`)
    )
    expect(result.profession.knowledge.map((item) => item.name)).toEqual(['Food safety', 'Bakery ingredients'])
    expect(result.profession.skills.map((item) => item.name)).toEqual(['Knead dough', 'Operate ovens'])
    expect(result.sections.filter((section) => section.inferred).map((section) => section.detector)).toEqual([
      'knowledge',
      'skills'
    ])
  })

  test('reports the content of a heading no detector knows as not read', () => {
    const result = parse(page(`<h1>Baker</h1>${sections}<h2>Salary</h2><ul><li>€2,000</li></ul>`))
    expect(result.profession.jobTitles).toEqual([])
    expect(result.messages.map((message) => message.ruleId)).toContain('unrecognised-heading')
  })

  test('positions point into the HTML source, past tags and character references', () => {
    const html = '<!doctype html>\n<h1>Profession baker</h1>\n<h2>Knowledge</h2>\n<ul>\n  <li><b>Bread &amp; rolls</b>\n    <p>How dough &#x2013; rises.</p></li>\n</ul>\n'
    const result = parse(html)
    const at = (pointer: string) => {
      const position = result.positions[pointer]!
      return html.slice(position.start.offset, position.end.offset)
    }

    expect(result.profession.knowledge).toEqual([{name: 'Bread & rolls', description: 'How dough – rises.'}])
    expect(at('/title')).toBe('Profession baker')
    expect(at('/knowledge/0')).toBe('Bread &amp; rolls')
    expect(at('/knowledge/0/description')).toBe('How dough &#x2013; rises.')
    expect(result.positions['/knowledge/0']!.start).toEqual({line: 5, column: 10, offset: html.indexOf('Bread')})
  })

  test('a position that ends on a character reference ends after its semicolon', () => {
    const html = '<!doctype html>\n<h1>Profession baker</h1>\n<h2>Knowledge</h2>\n<ul><li><b>Bakers&#39;</b><p>What rises &amp;</p></li></ul>'
    const result = parse(html)
    const at = (pointer: string) => {
      const position = result.positions[pointer]!
      return html.slice(position.start.offset, position.end.offset)
    }

    expect(result.profession.knowledge).toEqual([{name: "Bakers'", description: 'What rises &'}])
    expect(at('/knowledge/0')).toBe('Bakers&#39;')
    expect(at('/knowledge/0/description')).toBe('What rises &amp;')
  })

  test('positions of <br> lines are where each line is in the source', () => {
    const html = '<!doctype html><h1>Baker</h1>\n<h2>Common job titles</h2>\n<p>Baker<br>\n   &quot;Night&quot; baker</p>'
    const result = parse(html)
    expect(result.profession.jobTitles).toEqual(['Baker', '"Night" baker'])
    expect(result.positions['/jobTitles/1']).toEqual({
      start: {line: 4, column: 4, offset: html.indexOf('&quot;Night')},
      end: {line: 4, column: 27, offset: html.indexOf('</p>')}
    })
  })

  test('still reads broken markup: unclosed elements, stray end tags, a list inside an unclosed heading', () => {
    const result = parse('<h1>Profession baker</h2><p>Bakers bake.\n<h2>Personality Type\n<ul><li>Realistic</ul>\n<h2>Skills</h3><ul><li><b>Knead dough<p>Mix it.</div><li>Bake', {format: 'html'})
    expect(result.profession).toMatchObject({
      title: 'baker',
      description: 'Bakers bake.',
      personalityTypes: [{code: 'R', types: ['Realistic']}],
      skills: [{name: 'Knead dough', description: 'Mix it.'}, {name: 'Bake'}]
    })
  })

  test('a page nested too deeply to read gives an error message, not an exception', () => {
    const result = parse(page('<div>'.repeat(20_000) + '<h1>Profession baker</h1>'))
    expect(result.messages.map((message) => message.ruleId)).toContain('html-too-deep')
  })

  test('reads a list of 200,000 items without overflowing the stack', () => {
    const titles = Array.from({length: 200_000}, (_, index) => `Baker ${index}`)
    const result = parse(page('<h1>Profession baker</h1><h2>Common job titles</h2><ul>' + titles.map((title) => `<li>${title}`).join('') + '</ul>'))
    expect(result.profession.jobTitles).toEqual(titles)
  })

  test('positions text before a CRLF line ending at its end, and text after a stray <html> tag at the text', () => {
    const crlf = '<!doctype html>\r\n<h1>Profession baker</h1>\r\n<p>Bakers bake.\r\nThey knead.</p>\r\n<h2>Common job titles</h2><ul><li>Baker</ul>'
    expect(parse(crlf).positions['/description']).toEqual({
      start: {line: 3, column: 4, offset: crlf.indexOf('Bakers')},
      end: {line: 4, column: 12, offset: crlf.indexOf('</p>')}
    })
    const stray = '<h1>Profession baker</h1>\n<html>\nCommon job titles: Baker\n'
    expect(parse(stray, {format: 'html'}).positions['/jobTitles/0']?.start).toEqual({line: 3, column: 20, offset: stray.indexOf('Baker\n')})
  })
})

describe('choosing the HTML front end', () => {
  test('by extension: .html and .htm, whatever the case', () => {
    expect(['a.html', 'b.HTM', 'c.htm', 'd.html.txt'].map(formatFromPath)).toEqual(['html', 'html', 'html', 'text'])
  })

  test('by content: a document opening with <!doctype html> or <html>, after whitespace', () => {
    expect(sniffFormat('<!DOCTYPE html>\n<title>x</title>')).toBe('html')
    expect(sniffFormat('\n  <html lang="en">')).toBe('html')
    expect(sniffFormat('<p>Profession baker</p>')).toBe('text')
    expect(sniffFormat('# <html>')).toBe('markdown')
  })
})
