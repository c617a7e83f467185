/**
 * Holidays customers want a box before ("will it arrive before Hanukkah?"): when they fall, from
 * the Hebrew calendar for the Jewish ones (which begin the evening before) and the Gregorian one
 * for the rest, and whether a box's arrival window ends before one begins.
 */
import { normalizeText } from '../../router/normalize';
import { addDays } from './calendar';

export type Holiday =
  'hanukkah' | 'passover' | 'rosh_hashanah' | 'sukkot' | 'shavuot' | 'purim' | 'christmas' | 'new_year';

interface HolidayRule {
  /** How customers write its name, in the six languages (normalised text). */
  names: RegExp;
  /** Hebrew calendar months (as `Intl` names them in English) and day; or a Gregorian `MM-DD`. */
  hebrew?: { months: readonly string[]; day: number };
  gregorian?: string;
}

const RULES: Readonly<Record<Holiday, HolidayRule>> = {
  hanukkah: {
    names: /hanuk+a|chanuk+a|januka|hanouk+a|ханук|חנוכ/u,
    hebrew: { months: ['Kislev'], day: 25 },
  },
  passover: {
    names: /passover|pesach|pessach|pesaj|pessah|paque juive|pascua judia|песах|פסח/u,
    hebrew: { months: ['Nisan'], day: 15 },
  },
  rosh_hashanah: {
    names: /rosh hashan|rosch ha-?schana|roch hachana|рош[- ]?а?ш?ха[- ]?шана|ראש השנה/u,
    hebrew: { months: ['Tishri'], day: 1 },
  },
  sukkot: { names: /sukkot|succot|souc+ot|sucot|суккот|סוכות/u, hebrew: { months: ['Tishri'], day: 15 } },
  shavuot: { names: /shavuot|schawuot|chavouot|шавуот|שבועות/u, hebrew: { months: ['Sivan'], day: 6 } },
  // In Adar, or in Adar II in a leap year; Adar I never has it.
  purim: { names: /purim|pourim|пурим|פורים/u, hebrew: { months: ['Adar', 'Adar II'], day: 14 } },
  christmas: {
    names: /christmas|\bxmas\b|navidad|weihnacht|\bnoel\b|рождеств|חג המולד|כריסמס/u,
    gregorian: '12-25',
  },
  new_year: {
    names: /new year'?s?(?! resolution)|ano nuevo|neujahr|silvester|nouvel an|новый год|новому году/u,
    gregorian: '01-01',
  },
};

/** The holiday a message names, if any (the first in the list above when it names several). */
export function holidayNamed(text: string): Holiday | null {
  const normalized = normalizeText(text);
  const named = (Object.keys(RULES) as Holiday[]).find((holiday) => RULES[holiday].names.test(normalized));
  return named ?? null;
}

const HEBREW_DATE = new Intl.DateTimeFormat('en-u-ca-hebrew', {
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});

function hebrewDate(day: string): { month: string; day: number } {
  const parts = HEBREW_DATE.formatToParts(new Date(`${day}T12:00:00Z`));
  return {
    month: parts.find((part) => part.type === 'month')?.value ?? '',
    day: Number(parts.find((part) => part.type === 'day')?.value ?? 0),
  };
}

/** When a holiday next falls. */
export interface HolidayDate {
  holiday: Holiday;
  /** Its first day, `YYYY-MM-DD`. */
  day: string;
  /** Jewish holidays begin at sunset on the day before. */
  beginsEvening: boolean;
}

/** The first day of the holiday on or after `from` (`YYYY-MM-DD`). Every one recurs within a year. */
export function nextHoliday(holiday: Holiday, from: string): HolidayDate {
  const rule = RULES[holiday];
  for (let offset = 0; offset <= 400; offset += 1) {
    const day = addDays(from, offset);
    if (rule.gregorian ? day.slice(5) === rule.gregorian : matchesHebrew(day, rule)) {
      return { holiday, day, beginsEvening: rule.hebrew !== undefined };
    }
  }
  throw new Error(`no ${holiday} within 400 days of ${from}`);
}

function matchesHebrew(day: string, rule: HolidayRule): boolean {
  const date = hebrewDate(day);
  return date.day === rule.hebrew?.day && rule.hebrew.months.includes(date.month);
}

/** How a box's arrival window (`from`..`to`) relates to a holiday's start. */
export type ArrivalBeforeHoliday = 'before' | 'not_guaranteed' | 'after';

/**
 * "before": the window ends while the holiday has not begun (for a Jewish one, on its eve at the
 * latest); "after": the window opens once it has begun; otherwise arrival before it is not guaranteed.
 */
export function arrivalBefore(window: { from: string; to: string }, date: HolidayDate): ArrivalBeforeHoliday {
  // A Jewish holiday begins at sunset on its eve, so a box delivered that day still comes before it.
  const lastDayBefore = addDays(date.day, -1);
  if (window.to <= lastDayBefore) return 'before';
  if (window.from > lastDayBefore) return 'after';
  return 'not_guaranteed';
}
