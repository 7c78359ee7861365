type Props = {
  invite: { url: string; places: number };
  project: { name: string; hackDayName: string | null };
};

/**
 * How a team brings people in: its page's link, to copy or to email. Whoever opens it (signed in,
 * with a place at the hack day) asks to join, and the lead accepts or declines each request here.
 */
export function InviteSection({ invite, project }: Props) {
  const where = project.hackDayName ? ` at ${project.hackDayName}` : "";
  const body = `I'm on ${project.name} on Hackpath${where}. Open this link and ask to join the team: ${invite.url}`;
  return (
    <section aria-labelledby="invite-heading" className="mb-8 rounded-lg border border-line bg-surface p-4">
      <h2 id="invite-heading" className="mb-2 text-xl">
        Invite people
      </h2>
      <p className="mb-3">
        The team has room for {invite.places} more {invite.places === 1 ? "person" : "people"}. Share this page&apos;s
        link: whoever opens it{project.hackDayName ? ` with a place at ${project.hackDayName}` : ""} can ask to join,
        and the lead accepts or declines each request here.
      </p>
      <label htmlFor="invite-link" className="block font-semibold">
        Link to this team
      </label>
      <input
        id="invite-link"
        readOnly
        value={invite.url}
        className="mt-1 mb-3 block w-full rounded-md border border-gray-500 bg-white px-3 py-2"
      />
      <a
        href={`mailto:?subject=${encodeURIComponent(`Join ${project.name} on Hackpath`)}&body=${encodeURIComponent(body)}`}
      >
        Email the link
      </a>
    </section>
  );
}
