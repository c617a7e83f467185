import express, { Router } from 'express';
import type { AppContext } from '../app-context';
import { businessDay } from '../../activities/agents/calendar';
import { resolveConversation } from '../agui/conversation-target';
import { AguiEventStream } from '../agui/event-stream';
import type { AguiDeps } from '../agui/run-context';
import { authorizeRun } from '../agui/run-auth';
import { intentOf, parseRunInput, tokenOf } from '../agui/run-request';
import { streamRun } from '../agui/stream-run';
import type { TurnWaitLimits } from '../agui/turn-wait';
import type { WidgetTokenSettings } from '../agui/widget-tokens';
import { HttpError } from '../http-error';

export interface AguiRouteOptions {
  /** How conversation tokens are checked. */
  tokens: WidgetTokenSettings;
  /** How long a run waits for a turn, and how often it looks (tests shorten these). */
  limits?: Partial<TurnWaitLimits>;
}

/** AG-UI clients resend the whole history (cards included) with every run; only its end is read. */
const RUN_INPUT_LIMIT = '5mb';

/** A real model may take a while; a turn that takes longer is reported, and a reload shows it later. */
const DEFAULT_LIMITS: TurnWaitLimits = { timeoutMs: 120_000, pollMs: 250 };

/**
 * `POST /api/agui`: the widget's AG-UI endpoint. Takes a `RunAgentInput` whose `threadId` is the
 * conversation's workflow id and streams the run as server-sent events. Shape, token and
 * conversation are checked first and refused with a 4xx; once streaming, failures are RUN_ERROR.
 */
export function aguiRoutes(ctx: AppContext, options: AguiRouteOptions): Router {
  const deps: AguiDeps = {
    db: ctx.db,
    temporal: ctx.temporal,
    config: ctx.config,
    log: ctx.log,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    now: () => new Date(),
    today: () => businessDay(ctx.config.calendar, new Date()),
  };
  const router = Router();
  router.post('/api/agui', express.json({ limit: RUN_INPUT_LIMIT }), async (req, res) => {
    const input = parseRunInput(req.body);
    const nowSeconds = Math.floor(deps.now().getTime() / 1000);
    const token = authorizeRun(
      options.tokens.secret,
      tokenOf(req.get('authorization'), input),
      input.threadId,
      nowSeconds,
    );
    const intent = intentOf(input);
    const target = await resolveConversation(ctx.db, input.threadId);
    if (intent.kind === 'message' && target.ref.channel !== 'web') {
      // Chatwoot and email customers write where they started; the page shows history and forms.
      throw new HttpError(
        409,
        'chat_not_available',
        `This conversation continues in ${target.ref.channel}; the page only answers its forms.`,
      );
    }
    await streamRun(deps, { input, intent, target, token, stream: new AguiEventStream(res) });
  });
  return router;
}
