/** Malformed: `wage` is not a field of the profession model. */
export default {
  id: 'salary',
  description: 'Salary range',
  field: 'wage',
  headings: ['salary'],
  extract: () => 'a lot'
}
