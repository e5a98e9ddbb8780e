/**
 * Small documents written inline, so the CLI tests do not depend on the
 * fixture suite (or its churn). What the parser makes of them is asked of
 * the library itself: these tests are about the CLI around it.
 */

/** A copy-pasted page: has the promotional line, which gives an info message. */
export const bakerText = `Profession baker

Bakers make bread and pastries.

Would you like to know what kind of career and professions suit you best? Take our free Holland code career test and find out.

Personality Type

  • Realistic / Conventional

Knowledge

  • Baking techniques

    Methods and equipment used to bake bread.

Skills

  • Knead dough

    Work dough by hand or by machine.

Common job titles

  • baker
  • pastry baker
`

/** The same profession as an authored Markdown profile. */
export const bakerMarkdown = `# Baker

Bakers make bread and pastries.

## Personality type

Realistic / Conventional

## Knowledge

- **Baking techniques**: Methods and equipment used to bake bread.

## Skills

- **Knead dough**: Work dough by hand or by machine.

## Job titles

- baker
- pastry baker
`

/** The page with a byte that is not UTF-8 in its description: parses, with a warning. */
export function bakerInvalidUtf8(): Uint8Array {
  const bytes = Buffer.from(bakerText.replace('pastries.', 'pastries#.'), 'utf8')
  bytes[bytes.indexOf('#')] = 0xff
  return bytes
}
