import { roles, selfServiceRoles } from "~/domain/taxonomy";

const descriptions: Record<(typeof selfServiceRoles)[number], string> = {
  clinician: "post problems you meet at the point of care and champion projects",
  developer: "build prototypes at hack days and carry them forward",
  mentor: "lend your expertise to projects",
  funder: "fund projects or offer a pilot site",
};

/** The roles people choose for themselves, with what each means, for sign-up and settings. */
export const roleChoices = selfServiceRoles.map((role) => ({
  value: role,
  label: `${roles.label(role)}: ${descriptions[role]}`,
}));
