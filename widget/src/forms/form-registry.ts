import type { ComponentType } from 'react';
import type { WriteToolName } from '../../../workflows/action-types';
import { ChangeAddressForm } from './change-address-form';
import { DamageClaimForm } from './damage-claim-form';
import { FrequencyChangeForm } from './frequency-change-form';
import type { FormProps } from './form-types';
import { PauseSubscriptionForm } from './pause-subscription-form';
import { SkipMonthForm } from './skip-month-form';

/** The confirmation form of each write tool (its title is the language's `form.titles`). */
export const FORMS: Record<WriteToolName, ComponentType<FormProps>> = {
  pause_subscription: PauseSubscriptionForm,
  skip_month: SkipMonthForm,
  change_frequency: FrequencyChangeForm,
  change_address: ChangeAddressForm,
  file_damage_claim: DamageClaimForm,
};

/** Is this tool call a form (a write tool)? */
export function isFormTool(name: string): name is WriteToolName {
  return Object.hasOwn(FORMS, name);
}
