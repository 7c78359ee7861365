CREATE TABLE `feedback_messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer,
	`topic` text NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`email` text,
	`message` text NOT NULL,
	`page` text,
	`handled_at` integer,
	`handled_by` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`handled_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "feedback_messages_topic_check" CHECK("feedback_messages"."topic" IN ('accessibility', 'privacy', 'problem', 'other'))
);
--> statement-breakpoint
CREATE INDEX `feedback_messages_open_idx` ON `feedback_messages` (`handled_at`,`created_at`);--> statement-breakpoint
CREATE INDEX `feedback_messages_user_idx` ON `feedback_messages` (`user_id`);--> statement-breakpoint
CREATE INDEX `feedback_messages_handled_by_idx` ON `feedback_messages` (`handled_by`);