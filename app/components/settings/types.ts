import type { SerializeFrom } from "@remix-run/node";
import type { AccountSettings } from "~/models/users.server";

/** The settings as the page receives them (dates serialised). */
export type AccountSettingsView = SerializeFrom<AccountSettings>;
