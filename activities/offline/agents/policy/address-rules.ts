/**
 * Which box a new address applies to (kb-004): the address on file on the 20th of the month before
 * a box is the one it ships to.
 */
import { addressCutoff, changeDeadline, upcomingBoxes, type SubscriptionFacts } from './schedule';

/** What an address change asked for today means for the coming boxes. */
export interface AddressOutlook {
  /** The first box that ships to the new address. */
  firstNewAddressBox: string | null;
  /** Boxes still going to the old address (already past their cut-off). */
  boxesToOldAddress: string[];
  /** The cut-off the first of those boxes missed. */
  missedCutoff: string | null;
  /** Until when the first old-address box can still be skipped (null when that is too late). */
  skipDeadline: string | null;
}

/** The boxes before and after an address change made on `today`. */
export function addressOutlook(sub: SubscriptionFacts, today: string): AddressOutlook {
  const boxes = upcomingBoxes(sub, 6);
  const firstNew = boxes.find((month) => addressCutoff(month) >= today) ?? null;
  const old = firstNew ? boxes.filter((month) => month < firstNew) : boxes;
  const firstOld = old[0] ?? null;
  const skipDeadline = firstOld && changeDeadline(firstOld) >= today ? changeDeadline(firstOld) : null;
  return {
    firstNewAddressBox: firstNew,
    boxesToOldAddress: old,
    missedCutoff: firstOld ? addressCutoff(firstOld) : null,
    skipDeadline,
  };
}
