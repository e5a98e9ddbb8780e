import {describe, expect, test} from 'vitest'
import {parse, type ParseResult} from '../../src/index.js'

function start(result: ParseResult, pointer: string): [number, number] | undefined {
  const position = result.positions[pointer]
  return position ? [position.start.line, position.start.column] : undefined
}

describe('tasks: recognises', () => {
  test('“Tasks <profession>” followed by a bullet list', () => {
    const result = parse('Profession baker\n\nTasks baker\n\n• Knead dough\n• Bake bread\n• Clean ovens\n')

    expect(result.profession.tasks).toEqual(['Knead dough', 'Bake bread', 'Clean ovens'])
    expect(result.sections.find((section) => section.detector === 'tasks')?.heading).toBe('Tasks baker')
  })

  test('Markdown headings “Main tasks”, “Typical tasks” and “Duties”', () => {
    for (const heading of ['Main tasks', 'Typical tasks', 'Duties', 'Tasks']) {
      const result = parse(`# Baker\n\n## ${heading}\n\n- Knead dough\n- Bake bread\n`)
      expect([heading, result.profession.tasks]).toEqual([heading, ['Knead dough', 'Bake bread']])
    }
  })

  test('records where each task is', () => {
    const result = parse('Profession baker\n\nTasks baker\n\n• Knead dough\n• Bake bread\n')

    expect(start(result, '/tasks/0')).toEqual([5, 3])
    expect(start(result, '/tasks/1')).toEqual([6, 3])
  })
})

describe('tasks: extent', () => {
  test('ends the list at a double blank line; described items after it are knowledge', () => {
    const result = parse(
      'Profession baker\n\nTasks baker\n\n• Knead dough\n• Bake bread\n\n\n• Food safety\n\n    Methods of keeping food safe.\n'
    )

    expect(result.profession.tasks).toEqual(['Knead dough', 'Bake bread'])
    expect(result.profession.knowledge).toEqual([
      {name: 'Food safety', description: 'Methods of keeping food safe.'}
    ])
  })

  test('ends the list at an item with a description', () => {
    const result = parse(
      'Profession baker\n\nTasks baker\n\n• Knead dough\n• Operate ovens\n    Operate industrial ovens to bake goods.\n'
    )

    expect(result.profession.tasks).toEqual(['Knead dough'])
    expect(result.profession.skills).toEqual([
      {name: 'Operate ovens', description: 'Operate industrial ovens to bake goods.'}
    ])
  })
})

describe('tasks: absent', () => {
  test('leaves `tasks` out of the profession when there is no tasks section', () => {
    const result = parse('Profession baker\n\nCommon job titles\n\n• Baker\n')

    expect('tasks' in result.profession).toBe(false)
  })
})
