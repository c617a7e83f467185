import { monthOf, monthsAhead } from '../../../activities/commerce/write-tools/calendar';
import { SKIP_HORIZON_MONTHS, WRITE_TOOL_ARGS } from '../../../workflows/write-tool-args';
import type { WriteToolName } from '../../../workflows/action-types';
import type { Text } from '../i18n';
import type { AddressProblem } from '../session/api-client';

/** Field name → what is wrong with it. */
export type FieldErrors = Record<string, string>;

export type Checked = { ok: true; args: Record<string, unknown> } | { ok: false; errors: FieldErrors };

/**
 * The months a skip can name: the next SKIP_HORIZON_MONTHS after the current one, plus the
 * proposed month when it lies outside them (shown as proposed, then refused by the checks).
 */
export function skippableMonths(today: string, proposed: string): string[] {
  const months = monthsAhead(today, SKIP_HORIZON_MONTHS);
  return /^\d{4}-\d{2}$/.test(proposed) && !months.includes(proposed) ? [proposed, ...months].sort() : months;
}

/** A month field must name a month after the current one. */
const futureMonth =
  (field: string, message: (text: Text, current: string) => string) =>
  (args: Record<string, unknown>, today: string, text: Text): FieldErrors => {
    const value = args[field];
    const current = monthOf(today);
    return typeof value === 'string' && value <= current
      ? { [field]: message(text, text.month(current)) }
      : {};
  };

/** Checks that run in the browser only: dates against the company's calendar day. */
const DATE_RULES: Partial<
  Record<WriteToolName, (args: Record<string, unknown>, today: string, text: Text) => FieldErrors>
> = {
  skip_month: futureMonth('month', (text, current) => text.form.monthAfter(current)),
  pause_subscription: futureMonth('start_month', (text, current) => text.form.pauseAfter(current)),
};

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** A value that is missing (not one that is too short for a longer minimum, which keeps its message). */
const isRequiredIssue = (issue: { code?: string; origin?: unknown; minimum?: unknown }): boolean =>
  issue.code === 'invalid_type' ||
  (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1);

/** Zod's wording for an empty field ("expected string, received undefined") is for developers. */
const requiredMessage = (field: string, text: Text): string => {
  const labels: Partial<Record<string, string>> = text.form.fields;
  const words = field.replaceAll('_', ' ');
  return text.form.required(labels[field] ?? `${words.charAt(0).toUpperCase()}${words.slice(1)}`);
};

/**
 * A value the schema refuses: the schema's own sentence is English, so another language says what
 * the field needs in its own words.
 */
const invalidMessage = (field: string, schemaMessage: string, text: Text): string =>
  text.form.invalid[field] ?? text.form.invalidFallback ?? schemaMessage;

/**
 * The address check's problem in the widget's language, by its code; a code this widget does not
 * know keeps the server's sentence.
 */
export function addressProblemMessage(problem: AddressProblem, text: Text): string {
  const labels: Partial<Record<string, string>> = text.form.fields;
  switch (problem.code) {
    case 'required':
      return requiredMessage(problem.field, text);
    case 'invalid':
      return invalidMessage(problem.field, problem.message, text);
    case 'missing':
      return labels[problem.field] ? requiredMessage(problem.field, text) : text.form.addressProblems.missing;
    case 'unconfirmed':
      return text.form.addressProblems.unconfirmed(problem.value ?? '');
    case 'unknown_part':
      return text.form.addressProblems.unknownPart(problem.value ?? '');
    case 'unverified':
      return text.form.addressUnverified;
    default:
      return problem.message;
  }
}

/**
 * Validates a form's arguments before they are sent, with the same schemas the workflow's
 * validator and the tools use (`workflows/write-tool-args.ts`), plus the date checks; the messages
 * are in the widget's language.
 */
export function checkArgs(
  toolName: WriteToolName,
  raw: Record<string, unknown>,
  today: string,
  text: Text,
): Checked {
  const parsed = WRITE_TOOL_ARGS[toolName].safeParse(raw);
  const errors: FieldErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'form');
      errors[field] ??=
        isEmpty(raw[field]) && isRequiredIssue(issue)
          ? requiredMessage(field, text)
          : invalidMessage(field, issue.message, text);
    }
    return { ok: false, errors };
  }
  const args = parsed.data as Record<string, unknown>;
  Object.assign(errors, DATE_RULES[toolName]?.(args, today, text) ?? {});
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, args };
}
