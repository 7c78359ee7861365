/**
 * The sections of /admin, in the order the admin menu shows them. To add one (moderation,
 * duplicate merging, …): create `app/routes/admin.<name>/route.tsx` whose loader and action call
 * `requireUser(request, { role: "admin" })` (or "organiser" where organisers may use it) and add a
 * line here. The layout in ./route.tsx draws the menu; the overview links to each section.
 */
export type AdminSection = { to: string; label: string; description: string };

export const adminSections: AdminSection[] = [
  {
    to: "/admin/users",
    label: "Users",
    description: "Find accounts, grant and revoke organiser and admin, suspend and restore.",
  },
  {
    to: "/admin/moderation",
    label: "Moderation",
    description: "Reports, hidden content and duplicate problems (organisers can use it too).",
  },
  {
    to: "/admin/feedback",
    label: "Contact messages",
    description: "What people sent through the contact page: problems, accessibility barriers and data requests.",
  },
  {
    to: "/admin/audit",
    label: "Audit log",
    description: "Every sign-up, log-in, failed log-in, grant, revocation, suspension and restoration.",
  },
];
