import pg from 'pg';
import type { CustomTypesConfig } from 'pg';

/** Postgres type oids whose JS representation Kesher pins down. */
export const TYPE_OIDS = {
  int8: 20,
  numeric: 1700,
  date: 1082,
  textArray: 1009,
  float8Array: 1022,
  int8Array: 1016,
  numericArray: 1231,
  dateArray: 1182,
} as const;

/** Turns a column's text representation into its JS value. */
export type TextParser = (value: string) => unknown;

/** int8 and numeric as JS numbers: counts, ids and money here stay far below 2^53. */
export const parseNumber: TextParser = (value) => Number(value);
/** A date has no time zone; turning it into a `Date` would shift it by the process's offset. */
export const keepText: TextParser = (value) => value;

/**
 * The scalar conventions both drivers share. Everything not listed keeps the drivers' defaults,
 * which already agree (timestamptz -> Date, json/jsonb parsed, boolean, float, arrays as arrays).
 */
export const scalarTypeParsers: Readonly<Record<number, TextParser>> = {
  [TYPE_OIDS.int8]: parseNumber,
  [TYPE_OIDS.numeric]: parseNumber,
  [TYPE_OIDS.date]: keepText,
};

/**
 * Type parsers for one node-postgres pool. Set per pool, never on `pg.types` globally, so other
 * pg users in the process keep their own conventions.
 */
export function pgTypeParsers(): CustomTypesConfig {
  const defaults = (oid: number): TextParser => pg.types.getTypeParser(oid, 'text') as TextParser;
  const overrides: Record<number, TextParser> = {
    ...scalarTypeParsers,
    // pg's float8[] parser reads every element with parseFloat, which suits int8[] and numeric[].
    [TYPE_OIDS.int8Array]: defaults(TYPE_OIDS.float8Array),
    [TYPE_OIDS.numericArray]: defaults(TYPE_OIDS.float8Array),
    [TYPE_OIDS.dateArray]: defaults(TYPE_OIDS.textArray),
  };
  const getTypeParser = (oid: number, format?: 'text' | 'binary'): TextParser =>
    overrides[oid] ?? (pg.types.getTypeParser(oid, format ?? 'text') as TextParser);
  return { getTypeParser } as CustomTypesConfig;
}
