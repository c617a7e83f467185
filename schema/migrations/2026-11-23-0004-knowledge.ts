import { sql, type Kysely } from 'kysely';

/**
 * The local knowledge store used when Pinecone is not configured: articles and their chunks with a
 * generated full-text vector ('simple' config, so Hebrew and Russian are indexed too) and an
 * embedding array (pgvector is not assumed to be installed), plus learned knowledge awaiting review.
 * Frozen.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('knowledge_articles')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('product_area', 'text', (col) => col.notNull())
    .addColumn('language', 'text', (col) => col.notNull().defaultTo('en'))
    .addColumn('updated_at', 'date', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('source_path', 'text')
    .addColumn('content_hash', 'text')
    .addColumn('tsv', sql`tsvector`, (col) =>
      col
        .generatedAlwaysAs(
          sql`setweight(to_tsvector('simple', coalesce(title, '')), 'A') || setweight(to_tsvector('simple', coalesce(body, '')), 'B')`,
        )
        .stored(),
    )
    .addColumn('embedding', sql`double precision[]`)
    .addColumn('embedding_model', 'text')
    .addColumn('indexed_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'knowledge_articles_product_area_check',
      sql`product_area in ('shipping', 'subscription', 'billing', 'quality', 'product', 'general')`,
    )
    .execute();
  await db.schema
    .createIndex('knowledge_articles_tsv_idx')
    .on('knowledge_articles')
    .using('gin')
    .column('tsv')
    .execute();
  await db.schema
    .createIndex('knowledge_articles_filter_idx')
    .on('knowledge_articles')
    .columns(['product_area', 'language'])
    .execute();

  await db.schema
    .createTable('knowledge_chunks')
    .addColumn('id', 'bigserial', (col) => col.primaryKey())
    .addColumn('article_id', 'text', (col) =>
      col.notNull().references('knowledge_articles.id').onDelete('cascade'),
    )
    .addColumn('chunk_index', 'integer', (col) => col.notNull())
    .addColumn('heading', 'text')
    .addColumn('content', 'text', (col) => col.notNull())
    .addColumn('token_count', 'integer')
    .addColumn('tsv', sql`tsvector`, (col) =>
      col
        .generatedAlwaysAs(
          sql`setweight(to_tsvector('simple', coalesce(heading, '')), 'A') || setweight(to_tsvector('simple', content), 'B')`,
        )
        .stored(),
    )
    .addColumn('embedding', sql`double precision[]`)
    .addColumn('embedding_model', 'text')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('knowledge_chunks_position_unique', ['article_id', 'chunk_index'])
    .execute();
  await db.schema
    .createIndex('knowledge_chunks_tsv_idx')
    .on('knowledge_chunks')
    .using('gin')
    .column('tsv')
    .execute();

  await db.schema
    .createTable('learned_knowledge')
    .addColumn('id', 'bigserial', (col) => col.primaryKey())
    .addColumn('fact', 'text', (col) => col.notNull())
    .addColumn('question', 'text')
    .addColumn('category', 'text')
    .addColumn('product_area', 'text')
    .addColumn('language', 'text', (col) => col.notNull().defaultTo('en'))
    .addColumn('source_conversation_id', 'text', (col) =>
      col.references('conversations.id').onDelete('set null'),
    )
    .addColumn('evidence', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('confidence', 'double precision')
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('pending'))
    .addColumn('reviewed_by', 'text')
    .addColumn('reviewed_at', 'timestamptz')
    .addColumn('review_note', 'text')
    .addColumn('tsv', sql`tsvector`, (col) =>
      col.generatedAlwaysAs(sql`to_tsvector('simple', coalesce(question, '') || ' ' || fact)`).stored(),
    )
    .addColumn('embedding', sql`double precision[]`)
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('learned_knowledge_status_check', sql`status in ('pending', 'approved', 'rejected')`)
    .execute();
  await db.schema
    .createIndex('learned_knowledge_status_idx')
    .on('learned_knowledge')
    .columns(['status', 'created_at'])
    .execute();
  await db.schema
    .createIndex('learned_knowledge_tsv_idx')
    .on('learned_knowledge')
    .using('gin')
    .column('tsv')
    .execute();
}

/** Drops the tables in reverse dependency order. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['learned_knowledge', 'knowledge_chunks', 'knowledge_articles']) {
    await db.schema.dropTable(table).execute();
  }
}
