import type { Alert, InstructionSuggestion, InstructionVersion } from '../../schema/tables';

/** An instruction version as the API shows it. */
export function versionView(row: InstructionVersion): Record<string, unknown> {
  return {
    id: row.id,
    category: row.category,
    specialist: row.specialist,
    version: row.version,
    status: row.status,
    content: row.content,
    createdBy: row.created_by,
    suggestionId: row.suggestion_id,
    changeNote: row.change_note,
    createdAt: row.created_at,
    deployedAt: row.deployed_at,
    rolledBackAt: row.rolled_back_at,
  };
}

/** An instruction suggestion as the API shows it. */
export function suggestionView(row: InstructionSuggestion): Record<string, unknown> {
  return {
    id: row.id,
    category: row.category,
    source: row.source,
    pattern: row.pattern,
    frequency: row.frequency,
    suggestedInstruction: row.suggested_instruction,
    rationale: row.rationale,
    evidence: row.evidence,
    status: row.status,
    reviewedBy: row.reviewed_by,
    reviewedAt: row.reviewed_at,
    reviewNote: row.review_note,
    createdAt: row.created_at,
  };
}

/** An alert as the API shows it. */
export function alertView(row: Alert): Record<string, unknown> {
  return {
    id: row.id,
    kind: row.kind,
    category: row.category,
    severity: row.severity,
    message: row.message,
    details: row.details,
    delivered: row.delivered,
    deliveredAt: row.delivered_at,
    acknowledgedAt: row.acknowledged_at,
    createdAt: row.created_at,
  };
}
