CREATE TABLE `follows` (
	`user_id` integer NOT NULL,
	`object_type` text NOT NULL,
	`object_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	PRIMARY KEY(`user_id`, `object_type`, `object_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "follows_object_type_check" CHECK("follows"."object_type" IN ('problem', 'project'))
);
--> statement-breakpoint
CREATE INDEX `follows_object_idx` ON `follows` (`object_type`,`object_id`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_mentorships` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`mentor_id` integer NOT NULL,
	`status` text NOT NULL,
	`message` text DEFAULT '' NOT NULL,
	`focus` text DEFAULT '' NOT NULL,
	`requested_by` integer,
	`responded_at` integer,
	`ended_at` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mentor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`requested_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "mentorships_status_check" CHECK("__new_mentorships"."status" IN ('requested', 'offered', 'active', 'declined', 'completed', 'cancelled', 'lapsed'))
);
--> statement-breakpoint
INSERT INTO `__new_mentorships`("id", "project_id", "mentor_id", "status", "message", "focus", "requested_by", "responded_at", "ended_at", "created_at", "updated_at") SELECT "id", "project_id", "mentor_id", "status", "message", "focus", "requested_by", "responded_at", "ended_at", "created_at", "updated_at" FROM `mentorships`;--> statement-breakpoint
DROP TABLE `mentorships`;--> statement-breakpoint
ALTER TABLE `__new_mentorships` RENAME TO `mentorships`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `mentorships_project_idx` ON `mentorships` (`project_id`,`status`);--> statement-breakpoint
CREATE INDEX `mentorships_mentor_idx` ON `mentorships` (`mentor_id`,`status`);--> statement-breakpoint
CREATE INDEX `mentorships_requested_by_idx` ON `mentorships` (`requested_by`);--> statement-breakpoint
ALTER TABLE `funding_interests` ADD `decline_reason` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `mentorship_notes` ADD `next_step` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `mentorship_notes` ADD `edited_at` integer;--> statement-breakpoint
ALTER TABLE `pilots` ADD `funding_interest_id` integer REFERENCES funding_interests(id) ON DELETE set null;--> statement-breakpoint
CREATE UNIQUE INDEX `pilots_funding_interest_unique` ON `pilots` (`funding_interest_id`);--> statement-breakpoint
ALTER TABLE `projects` ADD `shows_backers` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `projects` ADD `funding_ask` integer;