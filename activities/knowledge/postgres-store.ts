import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database, ProductArea } from '../../schema/tables';
import { isStopWord, stem, tokenize } from './text-normalize';
import type { Embedder, KnowledgeCandidate, KnowledgeFilter, KnowledgeStore } from './types';

interface CandidateRow {
  article_id: string;
  chunk_index: number;
  title: string;
  product_area: ProductArea;
  language: string;
  updated_at: string;
  heading: string | null;
  content: string;
  lexical_score: number | null;
  vector_score: number | null;
}

/**
 * An OR of the query's content words for `to_tsquery`, each as a prefix of its stem and as typed,
 * so a short question still matches ("pausing" finds "pause", "המנוי" finds "מנוי"). Tokens are
 * letters and digits only, so nothing in them can be read as a tsquery operator.
 */
export function orOfTermsQuery(query: string): string {
  const terms = new Set<string>();
  for (const token of tokenize(query)) {
    if (isStopWord(token)) continue;
    terms.add(`${stem(token)}:*`);
    terms.add(token);
  }
  return [...terms].join(' | ');
}

/** The query vector's non-zero entries as 1-based positions and values, for the SQL dot product. */
function sparse(vector: readonly number[]): { positions: number[]; values: number[] } {
  const positions: number[] = [];
  const values: number[] = [];
  vector.forEach((value, i) => {
    if (value !== 0) {
      positions.push(i + 1);
      values.push(value);
    }
  });
  return { positions, values };
}

function whereFilter(filter: KnowledgeFilter): RawBuilder<unknown> {
  const conditions: RawBuilder<unknown>[] = [sql`true`];
  if (filter.productArea) conditions.push(sql`a.product_area = ${filter.productArea}`);
  if (filter.language) conditions.push(sql`a.language = ${filter.language}`);
  if (filter.updatedSince) conditions.push(sql`a.updated_at >= ${filter.updatedSince}::date`);
  return sql.join(conditions, sql` and `);
}

/**
 * Joins `s.vector_score`: the dot product of chunk `c`'s embedding with the (unit) query vector,
 * i.e. cosine similarity, in plain SQL because pgvector is not available (and PGlite must run the
 * same statements). Only the query's non-zero entries are visited, so the local embedder's sparse
 * queries are cheap. The `|| '{}'` copy under `offset 0` detoasts the stored array once per
 * chunk; subscripting the column directly would decompress it again for every entry.
 */
function vectorScoreJoin(model: string): RawBuilder<unknown> {
  return sql`cross join lateral (
      select case when c.embedding_model = ${model} then c.embedding || '{}'::float8[] end as embedding offset 0
    ) d
    cross join lateral (select sum(d.embedding[q.i] * q.v) as vector_score from q) s`;
}

function queryVectorCte(vector: readonly number[]): RawBuilder<unknown> {
  const { positions, values } = sparse(vector);
  return sql`q(i, v) as (select * from unnest(${positions}::int[], ${values}::float8[]))`;
}

function toCandidate(row: CandidateRow): KnowledgeCandidate {
  return {
    chunkId: `${row.article_id}#${row.chunk_index}`,
    articleId: row.article_id,
    title: row.title,
    productArea: row.product_area,
    language: row.language,
    updatedAt: row.updated_at,
    heading: row.heading ?? row.title,
    text: row.content,
    scores: {
      lexical: row.lexical_score === null ? null : Number(row.lexical_score),
      vector: row.vector_score === null ? null : Number(row.vector_score),
    },
  };
}

const candidateColumns = sql`c.article_id, c.chunk_index, a.title, a.product_area, a.language,
  a.updated_at, c.heading, c.content`;

/** Full-text candidates: the strict web-search match ranks above the OR-of-terms fallback. */
export async function lexicalChunkCandidates(
  db: Kysely<Database>,
  embedder: Embedder,
  query: { text: string; vector: readonly number[] },
  filter: KnowledgeFilter,
  limit: number,
): Promise<KnowledgeCandidate[]> {
  const anyTerm = orOfTermsQuery(query.text);
  // to_tsquery('') is an empty query that matches nothing (with a notice): skip the fallback then.
  const anyTermQuery = anyTerm ? sql`to_tsquery('simple', ${anyTerm})` : sql`''::tsquery`;
  const result = await sql<CandidateRow>`
    with ${queryVectorCte(query.vector)},
    lexical as (
      select c.id, 2 * ts_rank(c.tsv, strict_q) + ts_rank(c.tsv, any_q) as lexical_score
      from knowledge_chunks c
      join knowledge_articles a on a.id = c.article_id
      cross join websearch_to_tsquery('simple', ${query.text}) strict_q
      cross join ${anyTermQuery} any_q
      where (c.tsv @@ strict_q or c.tsv @@ any_q) and ${whereFilter(filter)}
      order by lexical_score desc, c.id
      limit ${limit}
    )
    select ${candidateColumns}, l.lexical_score, s.vector_score
    from lexical l
    join knowledge_chunks c on c.id = l.id
    join knowledge_articles a on a.id = c.article_id
    ${vectorScoreJoin(embedder.name)}
    order by l.lexical_score desc, c.id`.execute(db);
  return result.rows.map(toCandidate);
}

/** The chunks nearest the query vector, scanning every chunk embedded by the same model. */
export async function vectorChunkCandidates(
  db: Kysely<Database>,
  embedder: Embedder,
  vector: readonly number[],
  filter: KnowledgeFilter,
  limit: number,
): Promise<KnowledgeCandidate[]> {
  const result = await sql<CandidateRow>`
    with ${queryVectorCte(vector)}
    select ${candidateColumns}, null::float8 as lexical_score, s.vector_score
    from knowledge_chunks c
    join knowledge_articles a on a.id = c.article_id
    ${vectorScoreJoin(embedder.name)}
    where c.embedding_model = ${embedder.name} and ${whereFilter(filter)}
    order by s.vector_score desc nulls last, c.id
    limit ${limit}`.execute(db);
  return result.rows.map(toCandidate);
}

/** The local knowledge store over `knowledge_chunks`, used when Pinecone is not configured. */
export function createPostgresKnowledgeStore(db: Kysely<Database>, embedder: Embedder): KnowledgeStore {
  return {
    name: 'postgres',
    embedder,
    lexicalCandidates: (text, vector, filter, limit) =>
      lexicalChunkCandidates(db, embedder, { text, vector }, filter, limit),
    vectorCandidates: (vector, filter, limit) => vectorChunkCandidates(db, embedder, vector, filter, limit),
  };
}
