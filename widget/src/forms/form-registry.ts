import type { ComponentType } from 'react';
import type { WriteToolName } from '../../../workflows/action-types';
import { ChangeAddressForm } from './change-address-form';
import { DamageClaimForm } from './damage-claim-form';
import { FrequencyChangeForm } from './frequency-change-form';
import type { FormProps } from './form-types';
import { PauseSubscriptionForm } from './pause-subscription-form';
import { SkipMonthForm } from './skip-month-form';

/** The confirmation form of each write tool, and what the change is called once decided. */
export const FORMS: Record<WriteToolName, { component: ComponentType<FormProps>; title: string }> = {
  pause_subscription: { component: PauseSubscriptionForm, title: 'Pause subscription' },
  skip_month: { component: SkipMonthForm, title: 'Skip a month' },
  change_frequency: { component: FrequencyChangeForm, title: 'Change delivery frequency' },
  change_address: { component: ChangeAddressForm, title: 'Change shipping address' },
  file_damage_claim: { component: DamageClaimForm, title: 'File a damage claim' },
};

/** Is this tool call a form (a write tool)? */
export function isFormTool(name: string): name is WriteToolName {
  return Object.hasOwn(FORMS, name);
}
