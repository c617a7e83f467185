import express, { type RequestHandler } from 'express';
import { z } from 'zod';
import { LearningConflictError, LearningNotFoundError } from '../../activities/learning/learning-errors';
import type { AppContext } from '../app-context';
import { HttpError } from '../http-error';
import { requireOperator } from '../security/admin-auth';

/** The middleware every operator endpoint starts with: the operator guard, then a small JSON body. */
export function operatorOnly(ctx: AppContext): RequestHandler[] {
  return [requireOperator(ctx.config), express.json({ limit: '256kb' })];
}

/** A text path parameter (express types them loosely once middleware is spread in). */
export function textParam(value: unknown, what: string): string {
  if (typeof value !== 'string' || !value) throw new HttpError(404, 'not_found', `No ${what} given.`);
  return value;
}

/** A positive integer path parameter, or 404 (an id that cannot exist names nothing). */
export function idParam(value: unknown, what: string): number {
  const id = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || !Number.isSafeInteger(id) || id <= 0) {
    throw new HttpError(404, 'not_found', `No ${what} ${String(value)}.`);
  }
  return id;
}

/** Parses a JSON body (or query) with zod, or answers 422 naming what is wrong. */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown, code = 'invalid_request'): T {
  const parsed = schema.safeParse(value ?? {});
  if (!parsed.success) throw new HttpError(422, code, z.prettifyError(parsed.error).replaceAll('\n', ' '));
  return parsed.data;
}

/** The review body of approve and reject endpoints. */
export const reviewBody = z.object({
  reviewer: z.string().trim().min(1).max(120).default('operator'),
  note: z.string().trim().max(2000).optional(),
});

/** Turns the learning repositories' named errors into the API's errors; rethrows the rest. */
export async function asHttp<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof LearningNotFoundError) throw new HttpError(404, 'not_found', error.message);
    if (error instanceof LearningConflictError) throw new HttpError(409, 'conflict', error.message);
    throw error;
  }
}
