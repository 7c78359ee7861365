/**
 * Work the server does on a clock rather than in answer to a request. Each job runs once at start
 * and then every `every` milliseconds; a failure is logged and the next run tries again. The
 * timers do not keep the process alive, and `stop()` (called on shutdown) clears them.
 */
import { deleteOldFeedback } from "./models/feedback.server";
import { lapseStaleMentorships } from "./models/mentorships.server";
import { deleteExpiredUnsubscribeTokens, sendNotificationDigests } from "./models/notification-email.server";
import { deleteOldEmails } from "./models/outbox.server";
import { logger } from "./utils/logger.server";

const HOUR = 3_600_000;

type Job = { name: string; every: number; perform: () => Promise<number> };

export const jobs: Job[] = [
  // Requests and offers unanswered for 21 days lapse (app/domain/mentorships.ts).
  { name: "lapse stale mentorships", every: HOUR, perform: () => lapseStaleMentorships() },
  // Each person's daily digest of notifications, at most one in 24 hours (decision 0057).
  { name: "send notification digests", every: HOUR, perform: () => sendNotificationDigests() },
  // Unsubscribe links work for a year; their tokens go once expired.
  { name: "delete expired unsubscribe tokens", every: HOUR, perform: () => deleteExpiredUnsubscribeTokens() },
  // Delivered and given-up emails are kept 30 days, then deleted (decision 0055).
  { name: "delete old outbox emails", every: HOUR, perform: () => deleteOldEmails() },
  // Contact messages go 12 months after they were dealt with (the privacy notice).
  { name: "delete old contact messages", every: HOUR, perform: () => deleteOldFeedback() },
];

/** Starts every job; returns the function that stops them. */
export function startJobs(list: Job[] = jobs): () => void {
  const timers = list.map((job) => {
    const tick = async () => {
      try {
        const changed = await job.perform();
        if (changed > 0) logger.info({ job: job.name, changed }, `${job.name}: ${changed}`);
      } catch (error) {
        logger.error({ err: error, job: job.name }, `${job.name} failed`);
      }
    };
    void tick();
    return setInterval(tick, job.every).unref();
  });
  return () => timers.forEach(clearInterval);
}
