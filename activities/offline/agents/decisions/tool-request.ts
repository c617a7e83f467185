/** A tool call the agent wants to make: the engine gives it an id and drops repeats. */
export interface ToolRequest {
  name: string;
  args: Record<string, unknown>;
  /** Calls that give the same facts, in order of preference, for agents not allowed this one. */
  alternatives?: ToolRequest[];
}

/** A tool request (keeps call sites short). */
export const call = (name: string, args: Record<string, unknown> = {}): ToolRequest => ({ name, args });

/** The first request, or else the next ones for an agent that may not call it. */
export const oneOf = (first: ToolRequest, ...alternatives: ToolRequest[]): ToolRequest => ({
  ...first,
  alternatives,
});

/** The first of a request and its alternatives that `allowed` accepts, if any. */
export function resolveRequest(request: ToolRequest, allowed: (name: string) => boolean): ToolRequest | null {
  const options = [request, ...(request.alternatives ?? [])];
  const chosen = options.find((option) => allowed(option.name));
  return chosen ? { name: chosen.name, args: chosen.args } : null;
}
