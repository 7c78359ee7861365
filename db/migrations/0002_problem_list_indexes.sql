CREATE INDEX `comments_hidden_idx` ON `comments` (`hidden_at`) WHERE hidden_at IS NOT NULL;--> statement-breakpoint
CREATE INDEX `problems_listed_created_idx` ON `problems` (`created_at`) WHERE hidden_at IS NULL AND status <> 'duplicate';--> statement-breakpoint
CREATE INDEX `problems_listed_endorsed_idx` ON `problems` (`endorsement_count`,`created_at`) WHERE hidden_at IS NULL AND status <> 'duplicate';--> statement-breakpoint
CREATE INDEX `problems_listed_organisations_idx` ON `problems` (`organisation_count`,`created_at`) WHERE hidden_at IS NULL AND status <> 'duplicate';--> statement-breakpoint
CREATE INDEX `problems_listed_activity_idx` ON `problems` (`last_activity_at`) WHERE hidden_at IS NULL AND status <> 'duplicate';--> statement-breakpoint
CREATE INDEX `problems_listed_care_setting_idx` ON `problems` (`care_setting`,`created_at`) WHERE hidden_at IS NULL AND status <> 'duplicate';--> statement-breakpoint
CREATE INDEX `problems_listed_specialty_idx` ON `problems` (`specialty`,`created_at`) WHERE hidden_at IS NULL AND status <> 'duplicate';--> statement-breakpoint
CREATE INDEX `problems_listed_status_idx` ON `problems` (`status`,`created_at`) WHERE hidden_at IS NULL AND status <> 'duplicate';--> statement-breakpoint
CREATE INDEX `problems_listed_projects_idx` ON `problems` (`project_count`,`created_at`) WHERE hidden_at IS NULL AND status <> 'duplicate';--> statement-breakpoint
CREATE INDEX `problems_hidden_idx` ON `problems` (`hidden_at`) WHERE hidden_at IS NOT NULL;