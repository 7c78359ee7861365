PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_mentorship_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mentorship_id` integer NOT NULL,
	`author_id` integer NOT NULL,
	`session_on` text NOT NULL,
	`body` text NOT NULL,
	`next_step` text DEFAULT '' NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`edited_at` integer,
	FOREIGN KEY (`mentorship_id`) REFERENCES `mentorships`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "mentorship_notes_date_check" CHECK("__new_mentorship_notes"."session_on" IS NULL OR coalesce(date("__new_mentorship_notes"."session_on") = "__new_mentorship_notes"."session_on", 0))
);
--> statement-breakpoint
INSERT INTO `__new_mentorship_notes`("id", "mentorship_id", "author_id", "session_on", "body", "next_step", "created_at", "edited_at") SELECT "id", "mentorship_id", "author_id", "session_on", "body", "next_step", "created_at", "edited_at" FROM `mentorship_notes`;--> statement-breakpoint
DROP TABLE `mentorship_notes`;--> statement-breakpoint
ALTER TABLE `__new_mentorship_notes` RENAME TO `mentorship_notes`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `mentorship_notes_mentorship_idx` ON `mentorship_notes` (`mentorship_id`,`session_on`);--> statement-breakpoint
CREATE INDEX `mentorship_notes_author_idx` ON `mentorship_notes` (`author_id`);--> statement-breakpoint
CREATE TABLE `__new_outcomes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`pilot_id` integer,
	`metric` text NOT NULL,
	`baseline` text NOT NULL,
	`result` text NOT NULL,
	`unit` text DEFAULT '' NOT NULL,
	`source` text NOT NULL,
	`measured_on` text NOT NULL,
	`story_title` text,
	`story_body` text,
	`published_at` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`pilot_id`) REFERENCES `pilots`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "outcomes_measured_on_check" CHECK("__new_outcomes"."measured_on" IS NULL OR coalesce(date("__new_outcomes"."measured_on") = "__new_outcomes"."measured_on", 0)),
	CONSTRAINT "outcomes_story_check" CHECK("__new_outcomes"."published_at" IS NULL OR ("__new_outcomes"."story_title" IS NOT NULL AND "__new_outcomes"."story_body" IS NOT NULL))
);
--> statement-breakpoint
INSERT INTO `__new_outcomes`("id", "project_id", "pilot_id", "metric", "baseline", "result", "unit", "source", "measured_on", "story_title", "story_body", "published_at", "created_at", "updated_at") SELECT "id", "project_id", "pilot_id", "metric", "baseline", "result", "unit", "source", "measured_on", "story_title", "story_body", "published_at", "created_at", "updated_at" FROM `outcomes`;--> statement-breakpoint
DROP TABLE `outcomes`;--> statement-breakpoint
ALTER TABLE `__new_outcomes` RENAME TO `outcomes`;--> statement-breakpoint
CREATE INDEX `outcomes_project_idx` ON `outcomes` (`project_id`);--> statement-breakpoint
CREATE INDEX `outcomes_pilot_idx` ON `outcomes` (`pilot_id`);--> statement-breakpoint
CREATE INDEX `outcomes_published_idx` ON `outcomes` (`published_at`);--> statement-breakpoint
CREATE TABLE `__new_pilots` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`organisation` text NOT NULL,
	`site` text DEFAULT '' NOT NULL,
	`starts_on` text,
	`ends_on` text,
	`success_measures` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'planned' NOT NULL,
	`funding_interest_id` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`funding_interest_id`) REFERENCES `funding_interests`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "pilots_status_check" CHECK("__new_pilots"."status" IN ('planned', 'live', 'completed', 'stopped')),
	CONSTRAINT "pilots_starts_on_check" CHECK("__new_pilots"."starts_on" IS NULL OR coalesce(date("__new_pilots"."starts_on") = "__new_pilots"."starts_on", 0)),
	CONSTRAINT "pilots_ends_on_check" CHECK("__new_pilots"."ends_on" IS NULL OR coalesce(date("__new_pilots"."ends_on") = "__new_pilots"."ends_on", 0)),
	CONSTRAINT "pilots_dates_order" CHECK("__new_pilots"."starts_on" IS NULL OR "__new_pilots"."ends_on" IS NULL OR "__new_pilots"."starts_on" <= "__new_pilots"."ends_on")
);
--> statement-breakpoint
INSERT INTO `__new_pilots`("id", "project_id", "organisation", "site", "starts_on", "ends_on", "success_measures", "status", "funding_interest_id", "created_at", "updated_at") SELECT "id", "project_id", "organisation", "site", "starts_on", "ends_on", "success_measures", "status", "funding_interest_id", "created_at", "updated_at" FROM `pilots`;--> statement-breakpoint
DROP TABLE `pilots`;--> statement-breakpoint
ALTER TABLE `__new_pilots` RENAME TO `pilots`;--> statement-breakpoint
CREATE INDEX `pilots_project_idx` ON `pilots` (`project_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `pilots_funding_interest_unique` ON `pilots` (`funding_interest_id`);--> statement-breakpoint
CREATE INDEX `pilots_status_idx` ON `pilots` (`status`);