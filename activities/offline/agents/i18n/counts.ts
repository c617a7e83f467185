/**
 * Counted nouns where the number changes the word: Russian agreement and Hebrew's dual. A module
 * with no imports, so the widget's bundle shares it too.
 */

/** Russian agreement with a count: 1 месяц, 2–4 месяца, 5–20 месяцев (11–14 take the last form). */
export function russianCount(count: number, one: string, few: string, many: string): string {
  const mod10 = count % 10;
  const mod100 = count % 100;
  if (mod10 === 1 && mod100 !== 11) return `${count} ${one}`;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return `${count} ${few}`;
  return `${count} ${many}`;
}

/** Hebrew months: חודש אחד, חודשיים (the dual), 3 חודשים. */
export const hebrewMonths = (count: number): string =>
  count === 1 ? 'חודש אחד' : count === 2 ? 'חודשיים' : `${count} חודשים`;

/** Hebrew months after ל ("for"): לחודש אחד, לחודשיים, ל-3 חודשים (a digit takes a hyphen). */
export const forHebrewMonths = (count: number): string =>
  count <= 2 ? `ל${hebrewMonths(count)}` : `ל-${hebrewMonths(count)}`;
