/** The floor workflow's activities: they return at once (see floor-workflow.ts). */
export interface FloorActivities {
  floorStep(input: { step: number; resultBytes: number; previous: number }): Promise<string>;
  floorReply(input: { messageId: number }): Promise<void>;
}

/** The activities, replying by a POST to `replyUrl`/<messageId> as the real reply posts to Chatwoot. */
export function floorActivities(replyUrl: string): FloorActivities {
  return {
    async floorStep({ resultBytes }) {
      return 'x'.repeat(resultBytes);
    },
    async floorReply({ messageId }) {
      const response = await fetch(`${replyUrl}/${messageId}`, { method: 'POST' });
      if (!response.ok) throw new Error(`the reply sink answered ${response.status}`);
    },
  };
}
