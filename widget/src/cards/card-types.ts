/** The read tools' results, as their cards render them (types only: shared with the activities). */
export type {
  BoxContentsResult,
  NotFoundResult,
  OrderHistoryResult,
  PaymentHistoryResult,
  SubscriptionResult,
  TrackingResult,
} from '../../../activities/commerce/read-tools';

/** A tool that failed or found nothing answers `{ ok: false, ... }`. */
export interface FailedResult {
  ok: false;
  error?: string;
  message?: string;
}
