/**
 * The one layout of every email Hackpath sends: plain text and simple, accessible HTML with the
 * same words, the service name, and a line saying why the person got it. Pure: the caller passes
 * absolute URLs (siteOrigin() in app/utils/env.server.ts).
 */

export type EmailContent = {
  /** The subject line, without the service name (it is added). */
  subject: string;
  /** The first line of the message, e.g. "Reset your password". */
  heading: string;
  /** Paragraphs of plain text (no markup). */
  paragraphs: readonly string[];
  /** The one thing to do, as a button in HTML and a bare link in text. */
  action?: { label: string; url: string };
  /** Why this person got this email, e.g. "You asked to reset the password of your Hackpath account." */
  reason: string;
  /** Where to stop this kind of email (also sent as List-Unsubscribe by the outbox). */
  unsubscribeUrl?: string;
};

export const SERVICE_NAME = "Hackpath";

const escapeHtml = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The subject as sent: "… · Hackpath". */
export function emailSubject(content: Pick<EmailContent, "subject">): string {
  return `${content.subject} · ${SERVICE_NAME}`;
}

/** The message's text and HTML bodies. */
export function renderEmail(content: EmailContent): { text: string; html: string } {
  const text = [
    content.heading,
    "",
    ...content.paragraphs.flatMap((p) => [p, ""]),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ""] : []),
    "--",
    `${SERVICE_NAME}: from a clinician's problem to an adopted product.`,
    content.reason,
    ...(content.unsubscribeUrl ? [`Stop these emails: ${content.unsubscribeUrl}`] : []),
    "",
  ].join("\n");

  const p = (body: string) => `<p style="margin:0 0 16px;font-size:16px;line-height:1.5">${body}</p>`;
  const html = `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(content.heading)}</title></head>
<body style="margin:0;padding:24px;background:#ffffff;color:#212b32;font-family:Arial,Helvetica,sans-serif">
<div style="max-width:600px;margin:0 auto">
<p style="margin:0 0 24px;font-size:20px;font-weight:bold;color:#005eb8">${SERVICE_NAME}</p>
<h1 style="margin:0 0 16px;font-size:24px;line-height:1.3">${escapeHtml(content.heading)}</h1>
${content.paragraphs.map((x) => p(escapeHtml(x))).join("\n")}
${
  content.action
    ? p(
        `<a href="${escapeHtml(content.action.url)}" style="display:inline-block;padding:12px 16px;background:#007f3b;color:#ffffff;font-weight:bold;text-decoration:underline">${escapeHtml(content.action.label)}</a>`,
      ) + p(`Or copy this link into your browser: ${escapeHtml(content.action.url)}`)
    : ""
}
<hr style="border:0;border-top:1px solid #d8dde0;margin:24px 0">
<p style="margin:0 0 8px;font-size:14px;line-height:1.5;color:#4c6272">${escapeHtml(content.reason)}</p>
${
  content.unsubscribeUrl
    ? `<p style="margin:0;font-size:14px;line-height:1.5"><a href="${escapeHtml(content.unsubscribeUrl)}" style="color:#005eb8">Stop these emails</a></p>`
    : ""
}
</div>
</body>
</html>
`;
  return { text, html };
}
