import type { CalibrationTable } from './calibration';
import type { CategoryId } from './categories';

/** Languages the offline router recognises (the customers' preferred languages). */
export type RouterLanguage = 'en' | 'he' | 'ru' | 'es' | 'de' | 'fr';

/** Customer sentiment as the router reports it. */
export type RouterSentiment = 'positive' | 'neutral' | 'negative' | 'frustrated';

/** Subscription frequencies a customer can ask for. */
export type RouterFrequency = 'monthly' | 'bimonthly' | 'quarterly';

/** Entities the specialist and its tools need, pulled out of the message text. */
export interface RouterExtracted {
  orderIds: string[];
  trackingNumbers: string[];
  emails: string[];
  /** `YYYY-MM` for each month name mentioned, resolved relative to today. */
  months?: string[];
  /** A duration in months ("pause for two months" → 2). */
  pauseMonths?: number;
  /** The frequency the customer asks for. */
  frequency?: RouterFrequency;
  /** "Ignore your instructions ..." style text aimed at the model. */
  promptInjection: boolean;
}

/** What the intake router decides about one customer message. */
export interface RouterOutput {
  category: CategoryId;
  secondaryIntents: CategoryId[];
  sentiment: RouterSentiment;
  /** The customer asks for a human, a manager, a phone call or a real agent. */
  escalationSignal: boolean;
  language: RouterLanguage;
  /** 0..1, high when one intent clearly dominates. */
  confidence: number;
  extracted: RouterExtracted;
}

/** Options for `classifyMessage`. */
export interface ClassifyOptions {
  /** The category of the previous turn, used as a prior for short follow-ups ("yes, 2 months"). */
  previousCategory?: string;
  /** The reply the message answers, read for what a short follow-up refers to ("switch me to that"). */
  previousReply?: string;
  /** Reference date for month resolution; defaults to the current date. */
  today?: Date;
  /** The confidence calibration; the fitted table by default, `[]` for the raw evidence margin. */
  calibration?: CalibrationTable;
}
