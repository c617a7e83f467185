import { deliverAlert, type AlertDelivery, type AlertDeliveryDeps } from './deliver-alert';

/** The alert activities of a worker. */
export interface AlertActivities {
  deliverAlert(input: { alertId: number }): Promise<AlertDelivery>;
}

/** Delivery of stored alerts to the configured channel (webhook, Chatwoot note, or none). */
export function createAlertActivities(deps: AlertDeliveryDeps): AlertActivities {
  return {
    /** Sends a stored alert once; an alert already delivered is not sent again. */
    async deliverAlert(input) {
      return deliverAlert(deps, input.alertId);
    },
  };
}
