import { z } from "zod";
import { emailDeliveries, type EmailDelivery } from "~/domain/notification-email";
import { deliveryField } from "~/domain/notification-settings";
import { notificationKinds, type NotificationKind } from "~/domain/notifications";

const delivery = z.enum(emailDeliveries.values, { errorMap: () => ({ message: "Choose how you get these emails" }) });

/** The forms on /settings/notifications: every kind's delivery, or "turn off all emails". */
export const notificationSettingsSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("save"),
    ...(Object.fromEntries(notificationKinds.values.map((kind) => [deliveryField(kind), delivery])) as Record<
      string,
      typeof delivery
    >),
  }),
  z.object({ intent: z.literal("all-off") }),
]);

/** The saved form's choices, by kind. */
export function chosenDeliveries(value: Record<string, unknown>): Record<NotificationKind, EmailDelivery> {
  return Object.fromEntries(
    notificationKinds.values.map((kind) => [kind, value[deliveryField(kind)] as EmailDelivery]),
  ) as Record<NotificationKind, EmailDelivery>;
}
