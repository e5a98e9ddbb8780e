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

/** The page with an optional list: one item an ESCO lexicon knows by an alternative label, one it does not. */
export const bakerWithOptional = bakerText.replace(
  'Common job titles',
  `Optional knowledge and skills

  • Cake decoration
  • Food safety

Common job titles`
)

/**
 * ESCO's skills CSV as users download it (a few made-up rows): the essential
 * items of `bakerText` by their preferred labels, "Cake decoration" as the
 * second of two alternative labels on separate lines inside one quoted field.
 */
export const escoCsv = `conceptType,conceptUri,preferredLabel,status,skillType,reuseLevel,altLabels,description
KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/baking,baking techniques,released,knowledge,sector-specific,,"Methods, equipment and timing of baking."
KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/knead,knead dough,released,skill/competence,occupation-specific,,Work dough by hand or by machine.
KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/decorate,decorate confectionery,released,skill/competence,sector-specific,"decorate cakes
cake decoration",Decorate cakes and pastries.
`

/** A CSV with a label column (not ESCO's), linking the item `escoCsv` does not know. */
export const labelCsv = `label,conceptUri,skillType
Food safety,http://example.org/skill/food-safety,knowledge
`

/** A shop page that lists "Sales activities" as an essential skill. */
export const salesAssistantText = `Profession sales assistant

Sales assistants sell goods in shops.

Knowledge

  • Product comprehension

    The offered products, their functionalities and properties.

Skills

  • Sales activities

    Supervise the supply of goods and the sale of products.

Common job titles

  • sales assistant
`

/** A shop page whose optional knowledge and skills are one run-on line holding "sales activities". */
export const shopManagerText = `Profession shop manager

Shop managers run shops.

Knowledge

  • Retail principles

    The principles of selling goods to customers.

Skills

  • Manage staff

    Manage employees and subordinates.

Optional knowledge and skills

product display sales activities store security

Common job titles

  • shop manager
`
