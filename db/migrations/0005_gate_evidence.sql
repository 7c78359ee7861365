CREATE TABLE `gate_item_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`item_key` text NOT NULL,
	`kind` text NOT NULL,
	`status` text,
	`summary` text DEFAULT '' NOT NULL,
	`actor_id` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "gate_item_events_kind_check" CHECK("gate_item_events"."kind" IN ('updated', 'verified', 'verification_cleared', 'document_added', 'document_removed')),
	CONSTRAINT "gate_item_events_status_check" CHECK("gate_item_events"."status" IS NULL OR "gate_item_events"."status" IN ('not_started', 'in_progress', 'met', 'not_applicable'))
);
--> statement-breakpoint
CREATE INDEX `gate_item_events_item_idx` ON `gate_item_events` (`project_id`,`item_key`,`created_at`);--> statement-breakpoint
CREATE INDEX `gate_item_events_actor_idx` ON `gate_item_events` (`actor_id`);--> statement-breakpoint
CREATE TABLE `project_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`item_key` text NOT NULL,
	`file_name` text NOT NULL,
	`title` text NOT NULL,
	`byte_size` integer NOT NULL,
	`visibility` text DEFAULT 'team' NOT NULL,
	`uploaded_by` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "project_documents_visibility_check" CHECK("project_documents"."visibility" IN ('public', 'team'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `project_documents_file_unique` ON `project_documents` (`file_name`);--> statement-breakpoint
CREATE INDEX `project_documents_item_idx` ON `project_documents` (`project_id`,`item_key`);--> statement-breakpoint
CREATE INDEX `project_documents_uploaded_by_idx` ON `project_documents` (`uploaded_by`);--> statement-breakpoint
ALTER TABLE `gate_item_statuses` ADD `choice` text;--> statement-breakpoint
ALTER TABLE `gate_item_statuses` ADD `not_applicable_reason` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `stage_requests_one_pending` ON `stage_requests` (`project_id`) WHERE "stage_requests"."status" = 'pending';