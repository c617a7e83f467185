/**
 * An address change: the address the message gives, whether it can be used as it is, and which
 * boxes still go to the old address (kb-004).
 */
import type { AgentContext } from '../agent-context';
import type { AddressParse, ParsedAddress } from '../message/parse-address';
import { addressOutlook, type AddressOutlook } from '../policy/address-rules';
import { call, type ToolRequest } from './tool-request';

/** The address change as decided. */
export type AddressRequest =
  | { kind: 'no_address' }
  | { kind: 'invalid'; parse: Extract<AddressParse, { ok: false }> }
  | { kind: 'cancelled' }
  | { kind: 'ok'; address: ParsedAddress; outlook: AddressOutlook | null };

/** Decides the address change the message asks for. */
export function addressRequest(ctx: AgentContext): AddressRequest {
  const parse = ctx.facts.address;
  if (!parse) return { kind: 'no_address' };
  if (!parse.ok) return { kind: 'invalid', parse };
  if (ctx.sub?.status === 'cancelled') return { kind: 'cancelled' };
  return { kind: 'ok', address: parse.address, outlook: ctx.sub ? addressOutlook(ctx.sub, ctx.today) : null };
}

/** The address form to show, once the subscription has been read. */
export function addressProposal(request: AddressRequest): ToolRequest | null {
  if (request.kind !== 'ok') return null;
  return call('change_address', { ...request.address });
}
