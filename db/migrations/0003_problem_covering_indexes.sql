DROP INDEX `problems_listed_created_idx`;--> statement-breakpoint
DROP INDEX `problems_listed_endorsed_idx`;--> statement-breakpoint
DROP INDEX `problems_listed_organisations_idx`;--> statement-breakpoint
DROP INDEX `problems_listed_activity_idx`;--> statement-breakpoint
DROP INDEX `problems_listed_care_setting_idx`;--> statement-breakpoint
DROP INDEX `problems_listed_specialty_idx`;--> statement-breakpoint
DROP INDEX `problems_listed_status_idx`;--> statement-breakpoint
DROP INDEX `problems_listed_projects_idx`;--> statement-breakpoint
CREATE INDEX `problems_search_filter_idx` ON `problems` (`id`,`hidden_at`,`status`,`care_setting`,`specialty`,`project_count`,`created_at`,`endorsement_count`,`organisation_count`,`last_activity_at`);--> statement-breakpoint
CREATE INDEX `problems_listed_created_idx` ON `problems` (`created_at`,`id`,`hidden_at`,`status`) WHERE hidden_at IS NULL AND status <> 'duplicate';--> statement-breakpoint
CREATE INDEX `problems_listed_endorsed_idx` ON `problems` (`endorsement_count`,`created_at`,`id`,`hidden_at`,`status`) WHERE hidden_at IS NULL AND status <> 'duplicate';--> statement-breakpoint
CREATE INDEX `problems_listed_organisations_idx` ON `problems` (`organisation_count`,`created_at`,`id`,`hidden_at`,`status`) WHERE hidden_at IS NULL AND status <> 'duplicate';--> statement-breakpoint
CREATE INDEX `problems_listed_activity_idx` ON `problems` (`last_activity_at`,`id`,`hidden_at`,`status`) WHERE hidden_at IS NULL AND status <> 'duplicate';--> statement-breakpoint
CREATE INDEX `problems_listed_care_setting_idx` ON `problems` (`care_setting`,`created_at`,`id`,`hidden_at`,`status`) WHERE hidden_at IS NULL AND status <> 'duplicate';--> statement-breakpoint
CREATE INDEX `problems_listed_specialty_idx` ON `problems` (`specialty`,`created_at`,`id`,`hidden_at`,`status`) WHERE hidden_at IS NULL AND status <> 'duplicate';--> statement-breakpoint
CREATE INDEX `problems_listed_status_idx` ON `problems` (`status`,`created_at`,`id`,`hidden_at`) WHERE hidden_at IS NULL AND status <> 'duplicate';--> statement-breakpoint
CREATE INDEX `problems_listed_projects_idx` ON `problems` (`project_count`,`created_at`,`id`,`hidden_at`,`status`) WHERE hidden_at IS NULL AND status <> 'duplicate';