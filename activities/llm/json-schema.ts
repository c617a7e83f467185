type Schema = Record<string, unknown>;

function isSchema(value: unknown): value is Schema {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Whether OpenAI's strict structured output accepts the schema: every object closed
 * (`additionalProperties: false`) with all its properties required. Optional fields fail that,
 * so such schemas are sent non-strict and validated by zod afterwards instead.
 */
export function isStrictCompatible(schema: unknown): boolean {
  if (Array.isArray(schema)) return schema.every(isStrictCompatible);
  if (!isSchema(schema)) return true;
  if (schema.type === 'object' || isSchema(schema.properties)) {
    const properties = isSchema(schema.properties) ? Object.keys(schema.properties) : [];
    const required = Array.isArray(schema.required) ? schema.required : [];
    if (schema.additionalProperties !== false) return false;
    if (!properties.every((key) => required.includes(key))) return false;
  }
  return Object.values(schema).every(isStrictCompatible);
}

/** Drops the `$schema` marker, which some OpenAI-compatible servers reject inside `json_schema`. */
export function withoutDialect(schema: Schema): Schema {
  const { $schema: _dialect, ...rest } = schema;
  return rest;
}
