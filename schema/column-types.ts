import type { ColumnType } from 'kysely';

/** Any value JSON can hold. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
/** A JSON object. */
export type JsonObject = { [key: string]: JsonValue };

/**
 * A jsonb column: read as the parsed value, written as JSON text (`JSON.stringify(value)`).
 * Text on the way in because node-postgres would turn a top-level array into a Postgres array.
 */
export type Json<T = JsonValue> = ColumnType<T, string, string>;
/** A jsonb column with a database default, optional on insert. */
export type JsonWithDefault<T = JsonValue> = ColumnType<T, string | undefined, string>;
/** A nullable jsonb column. */
export type NullableJson<T = JsonValue> = ColumnType<T | null, string | null | undefined, string | null>;

/** A timestamptz column: a `Date` when read, a `Date` or ISO string when written. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A timestamptz column defaulting to `now()`. */
export type CreatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
/** A nullable timestamptz column. */
export type NullableTimestamp = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>;

/** A date column: always the `YYYY-MM-DD` string, never a `Date` (no time zone to get wrong). */
export type DateString = string;

/** A numeric column (money, scores): a JS number when read; a number or decimal string when written. */
export type Numeric = ColumnType<number, number | string, number | string>;
/** A numeric column with a database default. */
export type NumericWithDefault = ColumnType<number, number | string | undefined, number | string>;
/** A nullable numeric column. */
export type NullableNumeric = ColumnType<
  number | null,
  number | string | null | undefined,
  number | string | null
>;
