/** The company's calendar day: pinned by configuration, else today in its time zone. */
export interface Calendar {
  timeZone: string;
  today: string | undefined;
}

/** `YYYY-MM-DD` of `now` in the calendar's time zone (or the pinned day). */
export function businessDay(calendar: Calendar, now: Date = new Date()): string {
  if (calendar.today) return calendar.today;
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: calendar.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
