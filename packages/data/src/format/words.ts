/** An ordinal in figures: 1 → "1st", 12 → "12th", 22 → "22nd", 113 → "113th". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** Items joined as a reader says them: "a", "a and b", "a, b and c" (no serial comma, as the articles write). */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** A count with its noun in the right number: "1 event", "3 events". */
export function countWords(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** The text with its first letter in upper case, for a clause that opens a sentence. */
export function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** A vocabulary value in words: "comprehensive-strategic" → "comprehensive strategic". */
export function vocabularyWords(value: string): string {
  return value.replace(/-/g, ' ');
}
