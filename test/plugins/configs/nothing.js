/** Exports nothing a plugin may: no default, `detectors` or `locales` export. */
export const salary = 'not a detector'
