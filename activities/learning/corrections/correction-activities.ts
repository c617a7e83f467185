import { ApplicationFailure } from '@temporalio/common';
import type { Kysely } from 'kysely';
import type { Database } from '../../../schema/tables';
import type { LlmRegistry } from '../../llm';
import { callModelStructured } from '../../model-call';
import {
  correctionOfMessage,
  findCorrection,
  insertCorrection,
  saveClassification,
} from '../../repos/corrections-repo';
import { decideCapture, type CaseMessage } from './capture-rules';
import { CLASSIFIER_SYSTEM_PROMPT, classifierUserMessage } from './classification-prompt';
import {
  classificationSchema,
  type CaptureOutcome,
  type Classification,
  type CorrectionCase,
  type CorrectionTrigger,
  type KeyChange,
} from './correction-types';
import { raisePatternAlert } from './pattern-alerts';

export interface CorrectionActivityDeps {
  db: Kysely<Database>;
  llm: LlmRegistry;
  attemptsPerProvider: number;
}

/** The correction activities of a worker (capture, classify, pattern check). */
export interface CorrectionActivities {
  captureCorrection(trigger: CorrectionTrigger): Promise<CaptureOutcome>;
  classifyCorrection(input: {
    correctionId: number;
    correctionCase: CorrectionCase;
  }): Promise<Classification>;
  checkCorrectionPatterns(input: { correctionId: number }): Promise<{ alertIds: number[] }>;
}

// Enough to see the draft a human is answering, however chatty the conversation got since.
const RECENT_MESSAGES = 30;

/** Captures human corrections of AI messages, classifies them and raises pattern alerts. */
export function createCorrectionActivities(deps: CorrectionActivityDeps): CorrectionActivities {
  const modelDeps = { db: deps.db, llm: deps.llm, attemptsPerProvider: deps.attemptsPerProvider };

  async function caseMessages(trigger: CorrectionTrigger): Promise<CaseMessage[]> {
    let query = deps.db
      .selectFrom('messages')
      .select([
        'id',
        'chatwoot_message_id',
        'author',
        'private',
        'content',
        'content_attributes',
        'instruction_version',
        'idempotency_key',
      ])
      .where('conversation_id', '=', trigger.conversationId);
    // An edited draft may be older than the recent window: look it up directly.
    query =
      trigger.event === 'draft_edited'
        ? query.where((eb) =>
            eb.or([
              eb('chatwoot_message_id', '=', trigger.chatwootMessageId),
              ...(trigger.kesherKey ? [eb('idempotency_key', '=', trigger.kesherKey)] : []),
            ]),
          )
        : query.orderBy('id', 'desc').limit(RECENT_MESSAGES);
    const rows = await query.execute();
    return rows
      .sort((a, b) => a.id - b.id)
      .map((row) => ({
        id: row.id,
        chatwootMessageId: row.chatwoot_message_id,
        author: row.author,
        private: row.private,
        content: row.content,
        contentAttributes: row.content_attributes,
        instructionVersion: row.instruction_version,
        idempotencyKey: row.idempotency_key,
      }));
  }

  return {
    /**
     * Applies the capture rules to the conversation's recent messages and stores the pair once
     * (keyed by the Chatwoot message id). A draft already corrected by another message is skipped.
     */
    async captureCorrection(trigger) {
      const conversation = await deps.db
        .selectFrom('conversations')
        .select(['category', 'specialist'])
        .where('id', '=', trigger.conversationId)
        .executeTakeFirst();
      if (!conversation) return { status: 'skipped', reason: 'unknown conversation' };
      const decision = decideCapture(trigger, await caseMessages(trigger));
      if (!decision.capture) return { status: 'skipped', reason: decision.reason };
      const { found } = decision;
      const idempotencyKey = `chatwoot-message:${trigger.chatwootMessageId}`;
      const earlier = await correctionOfMessage(deps.db, found.aiMessage.id);
      const stored = earlier === null ? null : await findCorrection(deps.db, earlier);
      if (stored && stored.idempotency_key !== idempotencyKey) {
        return { status: 'skipped', reason: 'the AI message was already corrected' };
      }
      const attributes = found.aiMessage.contentAttributes ?? {};
      const { id, duplicate } = await insertCorrection(deps.db, {
        conversationId: trigger.conversationId,
        messageId: found.aiMessage.id,
        chatwootMessageId: trigger.chatwootMessageId,
        // The turn's own category beats the conversation's latest one.
        category: stringOr(attributes['category'], conversation.category),
        specialist: stringOr(attributes['specialist'], conversation.specialist),
        instructionVersion: found.aiMessage.instructionVersion,
        agentName: trigger.agentName,
        originalDraft: found.original,
        humanText: found.humanText,
        editType: found.editType,
        idempotencyKey,
      });
      return { status: 'captured', correctionId: id, correctionCase: found.correctionCase, duplicate };
    },

    /** Classifies a correction with the correction-classifier role; a classified one is not asked again. */
    async classifyCorrection(input) {
      const correction = await findCorrection(deps.db, input.correctionId);
      if (!correction) {
        throw ApplicationFailure.create({
          type: 'NotFound',
          message: `correction ${input.correctionId} was not found`,
          nonRetryable: true,
        });
      }
      if (correction.classification && correction.specific_issue && correction.quality_score !== null) {
        return {
          classification: correction.classification,
          specificIssue: correction.specific_issue,
          keyChanges: correction.key_changes as KeyChange[],
          qualityScore: correction.quality_score,
        };
      }
      const customer = correction.conversation_id
        ? await deps.db
            .selectFrom('messages')
            .select('content')
            .where('conversation_id', '=', correction.conversation_id)
            .where('author', '=', 'customer')
            .where('id', '<', correction.message_id ?? Number.MAX_SAFE_INTEGER)
            .orderBy('id', 'desc')
            .limit(1)
            .executeTakeFirst()
        : undefined;
      const task = {
        correctionCase: input.correctionCase,
        category: correction.category,
        customerMessage: customer?.content ?? '',
        aiText: correction.original_draft,
        humanText: correction.human_text,
      };
      const { value, provider, model } = await callModelStructured(
        modelDeps,
        correction.conversation_id,
        'correction_classifier',
        {
          system: CLASSIFIER_SYSTEM_PROMPT,
          messages: [{ role: 'user', content: classifierUserMessage(task) }],
          task: { kind: 'correction.classify', input: task },
          maxTokens: 700,
          temperature: 0,
        },
        classificationSchema,
      );
      await saveClassification(deps.db, correction.id, value, `${provider}:${model}`);
      return value;
    },

    /**
     * Whether the correction completes a pattern (its category, class and similar issue seen 3+
     * times in 7 days): raises the pattern's one alert of the window, and returns the alerts
     * still waiting for delivery.
     */
    async checkCorrectionPatterns(input) {
      return { alertIds: await raisePatternAlert(deps.db, input.correctionId) };
    },
  };
}

function stringOr(value: unknown, fallback: string | null): string | null {
  return typeof value === 'string' && value ? value : fallback;
}
