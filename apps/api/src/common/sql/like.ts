/**
 * A `LIKE` pattern that matches `text` literally anywhere. Portable: SQLite has no default escape
 * character and MySQL's backslash clashes with its string escapes, so use with `ESCAPE '!'`.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

export function startsWithPattern(text: string): string {
  return `${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}
