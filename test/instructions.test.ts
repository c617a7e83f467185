import assert from 'node:assert/strict';
import type { Request } from 'express';
import { after, before, describe, test } from 'node:test';
import pino from 'pino';
import { GENERALIST_INSTRUCTIONS, SPECIALIST_INSTRUCTIONS } from '../activities/agents/instructions';
import { seedInstructionVersions } from '../activities/agents/instructions/seed-instruction-versions';
import { LEARNED_HEADING, mergeSuggestion } from '../activities/learning/instructions/merge-suggestion';
import { createLearningSources } from '../activities/learning/learning-sources';
import { getDeployedInstructions, listVersions } from '../activities/repos/instructions-repo';
import { requireOperator } from '../api/security/admin-auth';
import type { HttpError } from '../api/http-error';
import { prepareDatabase } from '../workers/prepare-database';
import { startHarness, type Harness } from './support/kesher-harness';
import { operatorCall } from './support/learning-fixtures';

const TOKEN = 'operator-token-for-tests';

describe('versioned instructions', () => {
  let harness: Harness;
  const call = (method: string, path: string, body?: unknown) =>
    operatorCall(harness.url, method, path, { token: TOKEN, body });

  async function addSuggestion(category: string, pattern: string, instruction: string): Promise<number> {
    const row = await harness.db
      .insertInto('instruction_suggestions')
      .values({ category, pattern, suggested_instruction: instruction, frequency: 4, source: 'eval' })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  before(async () => {
    harness = await startHarness({ worker: false, env: { ADMIN_API_TOKEN: TOKEN } });
    // What `npm start` runs on a database: the test database was seeded without it.
    await prepareDatabase(harness.db, pino({ level: 'silent' }));
  });
  after(async () => {
    await harness?.close();
  });

  test('a fresh database has version 1 deployed for every category with a specialist, once', async () => {
    const categories = await harness.db
      .selectFrom('categories')
      .select(['id', 'specialist'])
      .where('specialist', 'is not', null)
      .execute();
    assert.equal(categories.length, 13);
    for (const category of categories) {
      const versions = await listVersions(harness.db, category.id);
      assert.equal(versions.length, 1, category.id);
      assert.equal(versions[0]!.version, 1);
      assert.equal(versions[0]!.status, 'deployed');
      assert.equal(
        versions[0]!.content,
        SPECIALIST_INSTRUCTIONS[category.specialist as keyof typeof SPECIALIST_INSTRUCTIONS],
      );
    }
    assert.equal((await getDeployedInstructions(harness.db, 'generalist'))?.content, GENERALIST_INSTRUCTIONS);
    assert.equal(
      await getDeployedInstructions(harness.db, 'human_request'),
      null,
      'no specialist, no instructions',
    );
    assert.deepEqual(await seedInstructionVersions(harness.db), [], 'seeding again adds nothing');
  });

  test('the shipped instructions are a real system prompt', () => {
    for (const text of [...Object.values(SPECIALIST_INSTRUCTIONS), GENERALIST_INSTRUCTIONS]) {
      for (const section of [
        '# Role',
        '## Tools',
        '## Changes to the subscription',
        '## Unknown senders',
        '## When to hand over',
        '## Tone',
        '## Language',
      ]) {
        assert.ok(text.includes(section), `missing ${section}`);
      }
    }
    assert.match(SPECIALIST_INSTRUCTIONS.retention, /pause_subscription/);
    assert.match(SPECIALIST_INSTRUCTIONS.shipping, /change_address/);
    assert.match(SPECIALIST_INSTRUCTIONS.quality, /file_damage_claim/);
    assert.match(SPECIALIST_INSTRUCTIONS.billing, /You have no write tools/);
  });

  test('approving a suggestion deploys a new version the next turn uses; rollback restores the previous one', async () => {
    const sources = createLearningSources(harness.db, { today: () => '2026-11-23' });
    assert.equal((await sources.instructionsFor('refund_request', 'billing')).version, 1);

    const guideline = 'Never say a refund was issued: say the billing team decides within 1 business day.';
    const id = await addSuggestion('refund_request', 'promised refunds', guideline);
    const pending = await call('GET', '/api/suggestions?status=pending');
    assert.deepEqual(
      pending.body.suggestions.map((s: { id: number }) => s.id),
      [id],
    );

    const approved = await call('POST', `/api/suggestions/${id}/approve`, { reviewer: 'ai-ops lead' });
    assert.equal(approved.status, 200);
    assert.equal(approved.body.suggestion.status, 'approved');
    assert.equal(approved.body.suggestion.reviewedBy, 'ai-ops lead');
    assert.equal(approved.body.deployed.version, 2);
    assert.equal(approved.body.deployed.status, 'deployed');
    assert.equal(approved.body.deployed.suggestionId, id);

    const deployed = await getDeployedInstructions(harness.db, 'refund_request');
    assert.equal(deployed?.version, 2);
    assert.ok(
      deployed!.content.startsWith(SPECIALIST_INSTRUCTIONS.billing.trimEnd()),
      'built on the deployed text',
    );
    assert.ok(deployed!.content.includes(`${LEARNED_HEADING}\n- ${guideline}`));
    assert.deepEqual(await sources.instructionsFor('refund_request', 'billing'), deployed);
    // Other categories of the same specialist keep their own version.
    assert.equal((await getDeployedInstructions(harness.db, 'billing_payment'))?.version, 1);

    const versions = await call('GET', '/api/instructions/refund_request/versions');
    assert.deepEqual(
      versions.body.versions.map((v: { version: number; status: string }) => `${v.version}:${v.status}`),
      ['2:deployed', '1:retired'],
    );
    assert.equal(
      (await call('POST', `/api/suggestions/${id}/approve`)).status,
      409,
      'a reviewed suggestion stays reviewed',
    );

    const rolledBack = await call('POST', '/api/instructions/refund_request/rollback', {});
    assert.equal(rolledBack.status, 200);
    assert.equal(rolledBack.body.rolledBack.version, 2);
    assert.equal(rolledBack.body.rolledBack.status, 'rolled_back');
    assert.equal(rolledBack.body.deployed.version, 1);
    assert.equal((await getDeployedInstructions(harness.db, 'refund_request'))?.version, 1);
    assert.equal((await sources.instructionsFor('refund_request', 'billing')).version, 1);
    const nothingEarlier = await call('POST', '/api/instructions/refund_request/rollback', {});
    assert.equal(nothingEarlier.status, 409);
  });

  test('an operator creates a draft, deploys it, and rolls back to a chosen version', async () => {
    const content = `${SPECIALIST_INSTRUCTIONS.shipping}\n\nMention the carrier's self-service tools when a parcel is on its way.`;
    const created = await call('POST', '/api/instructions/shipping_tracking/versions', {
      content,
      changeNote: 'carrier tools',
    });
    assert.equal(created.status, 201);
    assert.equal(created.body.version.version, 2);
    assert.equal(created.body.version.status, 'draft');
    assert.equal(
      (await getDeployedInstructions(harness.db, 'shipping_tracking'))?.version,
      1,
      'a draft is not used',
    );

    const deployed = await call('POST', '/api/instructions/shipping_tracking/versions/2/deploy');
    assert.equal(deployed.body.deployed.status, 'deployed');
    assert.deepEqual(await getDeployedInstructions(harness.db, 'shipping_tracking'), { version: 2, content });

    const third = await call('POST', '/api/instructions/shipping_tracking/versions', {
      content: `${content}\nBe brief.`,
    });
    await call('POST', `/api/instructions/shipping_tracking/versions/${third.body.version.version}/deploy`);
    const back = await call('POST', '/api/instructions/shipping_tracking/rollback', { toVersion: 1 });
    assert.equal(back.body.deployed.version, 1);
    assert.equal(back.body.rolledBack.version, 3);
    const deployedRows = await harness.db
      .selectFrom('instruction_versions')
      .select('version')
      .where('category', '=', 'shipping_tracking')
      .where('status', '=', 'deployed')
      .execute();
    assert.deepEqual(deployedRows, [{ version: 1 }], 'exactly one deployed version');

    assert.equal((await call('POST', '/api/instructions/shipping_tracking/versions/99/deploy')).status, 404);
    assert.equal((await call('GET', '/api/instructions/no_such_category/versions')).status, 404);
    assert.equal(
      (await call('POST', '/api/instructions/shipping_tracking/versions', { content: 'short' })).status,
      422,
    );
  });

  test('a rejected suggestion changes nothing', async () => {
    const id = await addSuggestion('gratitude', 'too many emojis', 'Use at most one emoji.');
    const rejected = await call('POST', `/api/suggestions/${id}/reject`, { note: 'not a problem' });
    assert.equal(rejected.body.suggestion.status, 'rejected');
    assert.equal((await getDeployedInstructions(harness.db, 'gratitude'))?.version, 1);
    assert.equal((await call('POST', `/api/suggestions/${id}/approve`)).status, 409);
  });

  test('the operator API needs the bearer token', async () => {
    for (const [method, path] of [
      ['GET', '/api/instructions/refund_request/versions'],
      ['POST', '/api/instructions/refund_request/rollback'],
      ['GET', '/api/suggestions'],
      ['GET', '/api/alerts'],
    ] as const) {
      const without = await operatorCall(harness.url, method, path);
      assert.equal(without.status, 401, `${method} ${path}`);
      assert.equal(without.body.error.code, 'unauthorized');
      assert.equal((await operatorCall(harness.url, method, path, { token: `${TOKEN}x` })).status, 401);
    }
  });
});

describe('the operator guard without a token', () => {
  const outcome = (env: 'development' | 'production', remoteAddress: string): HttpError | undefined => {
    let passed: unknown = 'not called';
    const guard = requireOperator({ env, admin: { apiToken: undefined } });
    guard(
      { headers: {}, socket: { remoteAddress } } as unknown as Request,
      {} as never,
      (error?: unknown) => {
        passed = error;
      },
    );
    return passed as HttpError | undefined;
  };

  test('lets localhost in outside production, nobody else, and nobody in production', () => {
    assert.equal(outcome('development', '127.0.0.1'), undefined);
    assert.equal(outcome('development', '::1'), undefined);
    assert.equal(outcome('development', '10.0.0.7')?.status, 403);
    assert.equal(outcome('production', '127.0.0.1')?.status, 403);
  });
});

describe('merging an approved suggestion into instructions', () => {
  test('adds a bullet under the learned heading once', () => {
    const once = mergeSuggestion('# Role\nText.', 'Always give the tracking link.');
    assert.equal(once, `# Role\nText.\n\n${LEARNED_HEADING}\n- Always give the tracking link.\n`);
    const twice = mergeSuggestion(once, 'Never promise refunds.');
    assert.equal(
      twice,
      `# Role\nText.\n\n${LEARNED_HEADING}\n- Always give the tracking link.\n- Never promise refunds.\n`,
    );
    assert.equal(mergeSuggestion(twice, '- Always give the tracking link'), twice);
  });
});
