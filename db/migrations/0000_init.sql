CREATE TABLE `audit_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actor_id` integer,
	`action` text NOT NULL,
	`object_type` text NOT NULL,
	`object_id` integer,
	`before` text,
	`after` text,
	`ip` text,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `audit_events_actor_idx` ON `audit_events` (`actor_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `audit_events_object_idx` ON `audit_events` (`object_type`,`object_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `audit_events_action_idx` ON `audit_events` (`action`,`created_at`);--> statement-breakpoint
CREATE INDEX `audit_events_created_idx` ON `audit_events` (`created_at`);--> statement-breakpoint
CREATE TABLE `awards` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`hack_day_id` integer NOT NULL,
	`project_id` integer NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`hack_day_id`) REFERENCES `hack_days`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `awards_hack_day_idx` ON `awards` (`hack_day_id`,`position`);--> statement-breakpoint
CREATE INDEX `awards_project_idx` ON `awards` (`project_id`);--> statement-breakpoint
CREATE TABLE `clinician_profiles` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`profession` text DEFAULT '' NOT NULL,
	`specialty` text,
	`organisation` text DEFAULT '' NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "clinician_profiles_specialty_check" CHECK("clinician_profiles"."specialty" IS NULL OR "clinician_profiles"."specialty" IN ('general_practice', 'diabetes_endocrinology', 'cardiology', 'respiratory', 'emergency_medicine', 'paediatrics', 'maternity', 'mental_health', 'older_people_frailty', 'dementia', 'oncology', 'renal', 'stroke', 'surgery', 'orthopaedics', 'podiatry', 'pharmacy', 'physiotherapy_rehab', 'palliative_care', 'learning_disability', 'infection_prevention', 'radiology', 'nursing_general', 'social_work'))
);
--> statement-breakpoint
CREATE INDEX `clinician_profiles_specialty_idx` ON `clinician_profiles` (`specialty`);--> statement-breakpoint
CREATE TABLE `comments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`problem_id` integer NOT NULL,
	`author_id` integer NOT NULL,
	`body` text NOT NULL,
	`hidden_at` integer,
	`hidden_by` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`problem_id`) REFERENCES `problems`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`hidden_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "comments_body_length" CHECK(length("comments"."body") BETWEEN 1 AND 5000)
);
--> statement-breakpoint
CREATE INDEX `comments_problem_created_idx` ON `comments` (`problem_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `comments_author_idx` ON `comments` (`author_id`);--> statement-breakpoint
CREATE INDEX `comments_hidden_by_idx` ON `comments` (`hidden_by`);--> statement-breakpoint
CREATE TABLE `developer_profiles` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`headline` text DEFAULT '' NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `developer_skills` (
	`user_id` integer NOT NULL,
	`skill` text NOT NULL,
	PRIMARY KEY(`user_id`, `skill`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `developer_skills_skill_idx` ON `developer_skills` (`skill`);--> statement-breakpoint
CREATE TABLE `endorsements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`problem_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`organisation` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`problem_id`) REFERENCES `problems`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `endorsements_problem_user_unique` ON `endorsements` (`problem_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `endorsements_user_idx` ON `endorsements` (`user_id`);--> statement-breakpoint
CREATE INDEX `endorsements_problem_org_idx` ON `endorsements` (`problem_id`,`organisation`);--> statement-breakpoint
CREATE TABLE `funder_focus` (
	`user_id` integer NOT NULL,
	`facet` text NOT NULL,
	`value` text NOT NULL,
	PRIMARY KEY(`user_id`, `facet`, `value`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "funder_focus_facet_check" CHECK("funder_focus"."facet" IN ('stage', 'care_setting', 'specialty'))
);
--> statement-breakpoint
CREATE INDEX `funder_focus_facet_value_idx` ON `funder_focus` (`facet`,`value`);--> statement-breakpoint
CREATE TABLE `funder_profiles` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`thesis` text DEFAULT '' NOT NULL,
	`ticket_min` integer,
	`ticket_max` integer,
	`offers_pilot_site` integer DEFAULT false NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "funder_profiles_kind_check" CHECK("funder_profiles"."kind" IN ('nhs_trust_fund', 'health_innovation_network', 'charity', 'grant_body', 'angel', 'venture_capital', 'corporate', 'care_provider')),
	CONSTRAINT "funder_profiles_ticket_check" CHECK("funder_profiles"."ticket_min" IS NULL OR "funder_profiles"."ticket_max" IS NULL OR "funder_profiles"."ticket_min" <= "funder_profiles"."ticket_max")
);
--> statement-breakpoint
CREATE INDEX `funder_profiles_kind_idx` ON `funder_profiles` (`kind`);--> statement-breakpoint
CREATE TABLE `funding_interests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`funder_id` integer NOT NULL,
	`status` text DEFAULT 'interested' NOT NULL,
	`kind` text,
	`amount` integer,
	`note` text DEFAULT '' NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`funder_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "funding_interests_status_check" CHECK("funding_interests"."status" IN ('interested', 'in_discussion', 'committed', 'declined', 'withdrawn')),
	CONSTRAINT "funding_interests_kind_check" CHECK("funding_interests"."kind" IS NULL OR "funding_interests"."kind" IN ('grant', 'investment', 'pilot_site', 'in_kind')),
	CONSTRAINT "funding_interests_committed_kind" CHECK("funding_interests"."status" <> 'committed' OR "funding_interests"."kind" IS NOT NULL),
	CONSTRAINT "funding_interests_amount_check" CHECK("funding_interests"."amount" IS NULL OR "funding_interests"."amount" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `funding_interests_project_funder_unique` ON `funding_interests` (`project_id`,`funder_id`);--> statement-breakpoint
CREATE INDEX `funding_interests_funder_idx` ON `funding_interests` (`funder_id`,`status`);--> statement-breakpoint
CREATE TABLE `gate_item_statuses` (
	`project_id` integer NOT NULL,
	`item_key` text NOT NULL,
	`status` text DEFAULT 'not_started' NOT NULL,
	`evidence` text DEFAULT '' NOT NULL,
	`verified_by` integer,
	`verified_at` integer,
	`updated_by` integer,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	PRIMARY KEY(`project_id`, `item_key`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`verified_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "gate_item_statuses_status_check" CHECK("gate_item_statuses"."status" IN ('not_started', 'in_progress', 'met', 'not_applicable'))
);
--> statement-breakpoint
CREATE INDEX `gate_item_statuses_open_idx` ON `gate_item_statuses` (`item_key`,`status`);--> statement-breakpoint
CREATE INDEX `gate_item_statuses_verified_by_idx` ON `gate_item_statuses` (`verified_by`);--> statement-breakpoint
CREATE INDEX `gate_item_statuses_updated_by_idx` ON `gate_item_statuses` (`updated_by`);--> statement-breakpoint
CREATE TABLE `hack_day_participants` (
	`hack_day_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`status` text DEFAULT 'registered' NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	PRIMARY KEY(`hack_day_id`, `user_id`),
	FOREIGN KEY (`hack_day_id`) REFERENCES `hack_days`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "hack_day_participants_status_check" CHECK("hack_day_participants"."status" IN ('registered', 'waitlisted', 'cancelled'))
);
--> statement-breakpoint
CREATE INDEX `hack_day_participants_user_idx` ON `hack_day_participants` (`user_id`);--> statement-breakpoint
CREATE INDEX `hack_day_participants_status_idx` ON `hack_day_participants` (`hack_day_id`,`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `hack_day_problems` (
	`hack_day_id` integer NOT NULL,
	`problem_id` integer NOT NULL,
	`nominated_by` integer,
	`status` text DEFAULT 'nominated' NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	PRIMARY KEY(`hack_day_id`, `problem_id`),
	FOREIGN KEY (`hack_day_id`) REFERENCES `hack_days`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`problem_id`) REFERENCES `problems`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`nominated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "hack_day_problems_status_check" CHECK("hack_day_problems"."status" IN ('nominated', 'accepted', 'declined'))
);
--> statement-breakpoint
CREATE INDEX `hack_day_problems_problem_idx` ON `hack_day_problems` (`problem_id`);--> statement-breakpoint
CREATE INDEX `hack_day_problems_nominated_by_idx` ON `hack_day_problems` (`nominated_by`);--> statement-breakpoint
CREATE TABLE `hack_days` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organiser_id` integer NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`themes` text DEFAULT '' NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`submission_deadline` integer NOT NULL,
	`venue` text DEFAULT '' NOT NULL,
	`online_url` text,
	`capacity` integer,
	`status` text DEFAULT 'draft' NOT NULL,
	`results_published_at` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`organiser_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "hack_days_status_check" CHECK("hack_days"."status" IN ('draft', 'open', 'live', 'judging', 'results_published', 'archived')),
	CONSTRAINT "hack_days_dates_check" CHECK("hack_days"."starts_at" <= "hack_days"."ends_at"),
	CONSTRAINT "hack_days_capacity_check" CHECK("hack_days"."capacity" IS NULL OR "hack_days"."capacity" > 0)
);
--> statement-breakpoint
CREATE INDEX `hack_days_organiser_idx` ON `hack_days` (`organiser_id`);--> statement-breakpoint
CREATE INDEX `hack_days_status_starts_idx` ON `hack_days` (`status`,`starts_at`);--> statement-breakpoint
CREATE INDEX `hack_days_starts_idx` ON `hack_days` (`starts_at`);--> statement-breakpoint
CREATE TABLE `judge_conflicts` (
	`hack_day_id` integer NOT NULL,
	`judge_id` integer NOT NULL,
	`project_id` integer NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	PRIMARY KEY(`judge_id`, `project_id`),
	FOREIGN KEY (`hack_day_id`) REFERENCES `hack_days`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`judge_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `judge_conflicts_hack_day_idx` ON `judge_conflicts` (`hack_day_id`);--> statement-breakpoint
CREATE INDEX `judge_conflicts_project_idx` ON `judge_conflicts` (`project_id`);--> statement-breakpoint
CREATE TABLE `judges` (
	`hack_day_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	PRIMARY KEY(`hack_day_id`, `user_id`),
	FOREIGN KEY (`hack_day_id`) REFERENCES `hack_days`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `judges_user_idx` ON `judges` (`user_id`);--> statement-breakpoint
CREATE TABLE `judging_criteria` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`hack_day_id` integer NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`weight` integer DEFAULT 1 NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`hack_day_id`) REFERENCES `hack_days`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "judging_criteria_weight_check" CHECK("judging_criteria"."weight" BETWEEN 1 AND 100)
);
--> statement-breakpoint
CREATE INDEX `judging_criteria_hack_day_idx` ON `judging_criteria` (`hack_day_id`,`position`);--> statement-breakpoint
CREATE TABLE `mentor_expertise` (
	`user_id` integer NOT NULL,
	`area` text NOT NULL,
	PRIMARY KEY(`user_id`, `area`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "mentor_expertise_area_check" CHECK("mentor_expertise"."area" IN ('clinical_safety', 'information_governance', 'cyber_security', 'interoperability', 'usability_accessibility', 'regulation', 'health_economics', 'procurement', 'commercial', 'product_design', 'software_engineering', 'clinical_specialty'))
);
--> statement-breakpoint
CREATE INDEX `mentor_expertise_area_idx` ON `mentor_expertise` (`area`);--> statement-breakpoint
CREATE TABLE `mentor_profiles` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`headline` text DEFAULT '' NOT NULL,
	`capacity` integer DEFAULT 2 NOT NULL,
	`availability` text DEFAULT '' NOT NULL,
	`accepting_requests` integer DEFAULT true NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "mentor_profiles_capacity_check" CHECK("mentor_profiles"."capacity" BETWEEN 0 AND 50)
);
--> statement-breakpoint
CREATE INDEX `mentor_profiles_accepting_idx` ON `mentor_profiles` (`accepting_requests`);--> statement-breakpoint
CREATE TABLE `mentorship_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mentorship_id` integer NOT NULL,
	`author_id` integer NOT NULL,
	`session_on` text NOT NULL,
	`body` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`mentorship_id`) REFERENCES `mentorships`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "mentorship_notes_date_check" CHECK("mentorship_notes"."session_on" IS NULL OR date("mentorship_notes"."session_on") = "mentorship_notes"."session_on")
);
--> statement-breakpoint
CREATE INDEX `mentorship_notes_mentorship_idx` ON `mentorship_notes` (`mentorship_id`,`session_on`);--> statement-breakpoint
CREATE INDEX `mentorship_notes_author_idx` ON `mentorship_notes` (`author_id`);--> statement-breakpoint
CREATE TABLE `mentorships` (
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
	CONSTRAINT "mentorships_status_check" CHECK("mentorships"."status" IN ('requested', 'offered', 'active', 'declined', 'completed', 'cancelled'))
);
--> statement-breakpoint
CREATE INDEX `mentorships_project_idx` ON `mentorships` (`project_id`,`status`);--> statement-breakpoint
CREATE INDEX `mentorships_mentor_idx` ON `mentorships` (`mentor_id`,`status`);--> statement-breakpoint
CREATE INDEX `mentorships_requested_by_idx` ON `mentorships` (`requested_by`);--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`link` text,
	`read_at` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `notifications_user_idx` ON `notifications` (`user_id`,`read_at`,`created_at`);--> statement-breakpoint
CREATE TABLE `outcomes` (
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
	CONSTRAINT "outcomes_measured_on_check" CHECK("outcomes"."measured_on" IS NULL OR date("outcomes"."measured_on") = "outcomes"."measured_on"),
	CONSTRAINT "outcomes_story_check" CHECK("outcomes"."published_at" IS NULL OR ("outcomes"."story_title" IS NOT NULL AND "outcomes"."story_body" IS NOT NULL))
);
--> statement-breakpoint
CREATE INDEX `outcomes_project_idx` ON `outcomes` (`project_id`);--> statement-breakpoint
CREATE INDEX `outcomes_pilot_idx` ON `outcomes` (`pilot_id`);--> statement-breakpoint
CREATE INDEX `outcomes_published_idx` ON `outcomes` (`published_at`);--> statement-breakpoint
CREATE TABLE `pilots` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`organisation` text NOT NULL,
	`site` text DEFAULT '' NOT NULL,
	`starts_on` text,
	`ends_on` text,
	`success_measures` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'planned' NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "pilots_status_check" CHECK("pilots"."status" IN ('planned', 'live', 'completed', 'stopped')),
	CONSTRAINT "pilots_starts_on_check" CHECK("pilots"."starts_on" IS NULL OR date("pilots"."starts_on") = "pilots"."starts_on"),
	CONSTRAINT "pilots_ends_on_check" CHECK("pilots"."ends_on" IS NULL OR date("pilots"."ends_on") = "pilots"."ends_on"),
	CONSTRAINT "pilots_dates_order" CHECK("pilots"."starts_on" IS NULL OR "pilots"."ends_on" IS NULL OR "pilots"."starts_on" <= "pilots"."ends_on")
);
--> statement-breakpoint
CREATE INDEX `pilots_project_idx` ON `pilots` (`project_id`);--> statement-breakpoint
CREATE INDEX `pilots_status_idx` ON `pilots` (`status`);--> statement-breakpoint
CREATE TABLE `problem_tags` (
	`problem_id` integer NOT NULL,
	`tag_id` integer NOT NULL,
	PRIMARY KEY(`problem_id`, `tag_id`),
	FOREIGN KEY (`problem_id`) REFERENCES `problems`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tag_id`) REFERENCES `tags`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `problem_tags_tag_idx` ON `problem_tags` (`tag_id`,`problem_id`);--> statement-breakpoint
CREATE TABLE `problems` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`author_id` integer NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`who_affected` text DEFAULT '' NOT NULL,
	`frequency` text DEFAULT '' NOT NULL,
	`current_workaround` text DEFAULT '' NOT NULL,
	`ideal_outcome` text DEFAULT '' NOT NULL,
	`care_setting` text NOT NULL,
	`specialty` text NOT NULL,
	`data_available` text DEFAULT '' NOT NULL,
	`data_constraints` text DEFAULT '' NOT NULL,
	`no_pii_confirmed` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`closed_reason` text,
	`duplicate_of_id` integer,
	`hidden_at` integer,
	`endorsement_count` integer DEFAULT 0 NOT NULL,
	`organisation_count` integer DEFAULT 0 NOT NULL,
	`comment_count` integer DEFAULT 0 NOT NULL,
	`project_count` integer DEFAULT 0 NOT NULL,
	`last_activity_at` integer DEFAULT (unixepoch()) NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`duplicate_of_id`) REFERENCES `problems`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "problems_care_setting_check" CHECK("problems"."care_setting" IN ('primary_care', 'acute', 'mental_health', 'community', 'ambulance', 'social_care')),
	CONSTRAINT "problems_specialty_check" CHECK("problems"."specialty" IN ('general_practice', 'diabetes_endocrinology', 'cardiology', 'respiratory', 'emergency_medicine', 'paediatrics', 'maternity', 'mental_health', 'older_people_frailty', 'dementia', 'oncology', 'renal', 'stroke', 'surgery', 'orthopaedics', 'podiatry', 'pharmacy', 'physiotherapy_rehab', 'palliative_care', 'learning_disability', 'infection_prevention', 'radiology', 'nursing_general', 'social_work')),
	CONSTRAINT "problems_status_check" CHECK("problems"."status" IN ('open', 'in_progress', 'solved', 'closed', 'duplicate')),
	CONSTRAINT "problems_duplicate_check" CHECK(("problems"."status" = 'duplicate') = ("problems"."duplicate_of_id" IS NOT NULL)),
	CONSTRAINT "problems_not_self_duplicate" CHECK("problems"."duplicate_of_id" IS NULL OR "problems"."duplicate_of_id" <> "problems"."id"),
	CONSTRAINT "problems_title_length" CHECK(length("problems"."title") BETWEEN 1 AND 200)
);
--> statement-breakpoint
CREATE INDEX `problems_author_idx` ON `problems` (`author_id`);--> statement-breakpoint
CREATE INDEX `problems_duplicate_of_idx` ON `problems` (`duplicate_of_id`);--> statement-breakpoint
CREATE INDEX `problems_status_created_idx` ON `problems` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `problems_care_setting_created_idx` ON `problems` (`care_setting`,`created_at`);--> statement-breakpoint
CREATE INDEX `problems_specialty_created_idx` ON `problems` (`specialty`,`created_at`);--> statement-breakpoint
CREATE INDEX `problems_created_idx` ON `problems` (`created_at`);--> statement-breakpoint
CREATE INDEX `problems_endorsements_idx` ON `problems` (`endorsement_count`,`created_at`);--> statement-breakpoint
CREATE INDEX `problems_organisations_idx` ON `problems` (`organisation_count`,`created_at`);--> statement-breakpoint
CREATE INDEX `problems_activity_idx` ON `problems` (`last_activity_at`);--> statement-breakpoint
CREATE INDEX `problems_project_count_idx` ON `problems` (`project_count`);--> statement-breakpoint
CREATE TABLE `project_members` (
	`project_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`role` text DEFAULT 'member' NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`message` text DEFAULT '' NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	PRIMARY KEY(`project_id`, `user_id`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "project_members_role_check" CHECK("project_members"."role" IN ('lead', 'member')),
	CONSTRAINT "project_members_status_check" CHECK("project_members"."status" IN ('requested', 'active'))
);
--> statement-breakpoint
CREATE INDEX `project_members_user_idx` ON `project_members` (`user_id`,`status`);--> statement-breakpoint
CREATE TABLE `project_screenshots` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`content_type` text NOT NULL,
	`byte_size` integer NOT NULL,
	`alt` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "project_screenshots_type_check" CHECK("project_screenshots"."content_type" IN ('image/png', 'image/jpeg', 'image/webp'))
);
--> statement-breakpoint
CREATE INDEX `project_screenshots_project_idx` ON `project_screenshots` (`project_id`,`position`);--> statement-breakpoint
CREATE UNIQUE INDEX `project_screenshots_file_unique` ON `project_screenshots` (`file_name`);--> statement-breakpoint
CREATE TABLE `projects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`tagline` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`problem_id` integer,
	`hack_day_id` integer,
	`lead_id` integer NOT NULL,
	`care_setting` text,
	`specialty` text,
	`repo_url` text,
	`demo_url` text,
	`video_url` text,
	`tech` text DEFAULT '' NOT NULL,
	`licence` text DEFAULT '' NOT NULL,
	`declared_no_pii` integer DEFAULT false NOT NULL,
	`declared_may_submit` integer DEFAULT false NOT NULL,
	`declared_ip_policy` integer DEFAULT false NOT NULL,
	`data_use_statement` text DEFAULT '' NOT NULL,
	`data_use_lawful_basis` text DEFAULT '' NOT NULL,
	`data_use_published_at` integer,
	`stage` text DEFAULT 'prototype' NOT NULL,
	`state` text DEFAULT 'active' NOT NULL,
	`archive_reason` text,
	`state_reason` text,
	`submitted_at` integer,
	`stage_entered_at` integer DEFAULT (unixepoch()) NOT NULL,
	`last_activity_at` integer DEFAULT (unixepoch()) NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`problem_id`) REFERENCES `problems`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`hack_day_id`) REFERENCES `hack_days`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`lead_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "projects_stage_check" CHECK("projects"."stage" IN ('prototype', 'validation', 'pilot_ready', 'pilot', 'evaluation', 'route_to_market', 'adopted')),
	CONSTRAINT "projects_state_check" CHECK("projects"."state" IN ('active', 'paused', 'archived')),
	CONSTRAINT "projects_care_setting_check" CHECK("projects"."care_setting" IS NULL OR "projects"."care_setting" IN ('primary_care', 'acute', 'mental_health', 'community', 'ambulance', 'social_care')),
	CONSTRAINT "projects_specialty_check" CHECK("projects"."specialty" IS NULL OR "projects"."specialty" IN ('general_practice', 'diabetes_endocrinology', 'cardiology', 'respiratory', 'emergency_medicine', 'paediatrics', 'maternity', 'mental_health', 'older_people_frailty', 'dementia', 'oncology', 'renal', 'stroke', 'surgery', 'orthopaedics', 'podiatry', 'pharmacy', 'physiotherapy_rehab', 'palliative_care', 'learning_disability', 'infection_prevention', 'radiology', 'nursing_general', 'social_work')),
	CONSTRAINT "projects_archive_reason_check" CHECK("projects"."archive_reason" IS NULL OR "projects"."archive_reason" IN ('develop_further', 'not_pursuing', 'already_live', 'other')),
	CONSTRAINT "projects_archive_reason_required" CHECK(("projects"."state" = 'archived') = ("projects"."archive_reason" IS NOT NULL)),
	CONSTRAINT "projects_name_length" CHECK(length("projects"."name") BETWEEN 1 AND 120)
);
--> statement-breakpoint
CREATE INDEX `projects_problem_idx` ON `projects` (`problem_id`);--> statement-breakpoint
CREATE INDEX `projects_hack_day_idx` ON `projects` (`hack_day_id`);--> statement-breakpoint
CREATE INDEX `projects_lead_idx` ON `projects` (`lead_id`);--> statement-breakpoint
CREATE INDEX `projects_state_stage_idx` ON `projects` (`state`,`stage`,`last_activity_at`);--> statement-breakpoint
CREATE INDEX `projects_care_setting_idx` ON `projects` (`care_setting`);--> statement-breakpoint
CREATE INDEX `projects_specialty_idx` ON `projects` (`specialty`);--> statement-breakpoint
CREATE INDEX `projects_activity_idx` ON `projects` (`last_activity_at`);--> statement-breakpoint
CREATE INDEX `projects_created_idx` ON `projects` (`created_at`);--> statement-breakpoint
CREATE TABLE `rate_limits` (
	`key` text PRIMARY KEY NOT NULL,
	`window_start` integer NOT NULL,
	`count` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `rate_limits_window_idx` ON `rate_limits` (`window_start`);--> statement-breakpoint
CREATE TABLE `reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reporter_id` integer NOT NULL,
	`target_type` text NOT NULL,
	`target_id` integer NOT NULL,
	`reason` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`resolved_by` integer,
	`resolved_at` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`reporter_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`resolved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "reports_target_check" CHECK("reports"."target_type" IN ('problem', 'comment', 'project')),
	CONSTRAINT "reports_status_check" CHECK("reports"."status" IN ('open', 'actioned', 'dismissed'))
);
--> statement-breakpoint
CREATE INDEX `reports_status_created_idx` ON `reports` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `reports_target_idx` ON `reports` (`target_type`,`target_id`);--> statement-breakpoint
CREATE INDEX `reports_reporter_idx` ON `reports` (`reporter_id`);--> statement-breakpoint
CREATE INDEX `reports_resolved_by_idx` ON `reports` (`resolved_by`);--> statement-breakpoint
CREATE TABLE `scores` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`hack_day_id` integer NOT NULL,
	`project_id` integer NOT NULL,
	`judge_id` integer NOT NULL,
	`criterion_id` integer NOT NULL,
	`score` integer NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`hack_day_id`) REFERENCES `hack_days`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`judge_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`criterion_id`) REFERENCES `judging_criteria`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "scores_score_check" CHECK("scores"."score" BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `scores_judge_project_criterion_unique` ON `scores` (`judge_id`,`project_id`,`criterion_id`);--> statement-breakpoint
CREATE INDEX `scores_hack_day_project_idx` ON `scores` (`hack_day_id`,`project_id`);--> statement-breakpoint
CREATE INDEX `scores_project_idx` ON `scores` (`project_id`);--> statement-breakpoint
CREATE INDEX `scores_criterion_idx` ON `scores` (`criterion_id`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_id_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE INDEX `sessions_expires_at_idx` ON `sessions` (`expires_at`);--> statement-breakpoint
CREATE TABLE `stage_moves` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`kind` text NOT NULL,
	`from_stage` text,
	`to_stage` text,
	`actor_id` integer,
	`reason` text DEFAULT '' NOT NULL,
	`request_id` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`request_id`) REFERENCES `stage_requests`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "stage_moves_kind_check" CHECK("stage_moves"."kind" IN ('submitted', 'requested', 'approved', 'returned', 'override', 'moved_back', 'paused', 'resumed', 'archived')),
	CONSTRAINT "stage_moves_override_reason" CHECK("stage_moves"."kind" NOT IN ('override', 'moved_back', 'returned', 'archived') OR length("stage_moves"."reason") > 0)
);
--> statement-breakpoint
CREATE INDEX `stage_moves_project_idx` ON `stage_moves` (`project_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `stage_moves_actor_idx` ON `stage_moves` (`actor_id`);--> statement-breakpoint
CREATE INDEX `stage_moves_request_idx` ON `stage_moves` (`request_id`);--> statement-breakpoint
CREATE INDEX `stage_moves_kind_created_idx` ON `stage_moves` (`kind`,`created_at`);--> statement-breakpoint
CREATE TABLE `stage_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`from_stage` text NOT NULL,
	`to_stage` text NOT NULL,
	`requested_by` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`decided_by` integer,
	`decision_reason` text,
	`decided_at` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`requested_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "stage_requests_status_check" CHECK("stage_requests"."status" IN ('pending', 'approved', 'returned', 'withdrawn')),
	CONSTRAINT "stage_requests_from_check" CHECK("stage_requests"."from_stage" IN ('prototype', 'validation', 'pilot_ready', 'pilot', 'evaluation', 'route_to_market', 'adopted')),
	CONSTRAINT "stage_requests_to_check" CHECK("stage_requests"."to_stage" IN ('prototype', 'validation', 'pilot_ready', 'pilot', 'evaluation', 'route_to_market', 'adopted'))
);
--> statement-breakpoint
CREATE INDEX `stage_requests_project_idx` ON `stage_requests` (`project_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `stage_requests_status_idx` ON `stage_requests` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `stage_requests_requested_by_idx` ON `stage_requests` (`requested_by`);--> statement-breakpoint
CREATE INDEX `stage_requests_decided_by_idx` ON `stage_requests` (`decided_by`);--> statement-breakpoint
CREATE TABLE `tags` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`slug` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tags_slug_unique` ON `tags` (`slug`);--> statement-breakpoint
CREATE TABLE `user_roles` (
	`user_id` integer NOT NULL,
	`role` text NOT NULL,
	`granted_by` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	PRIMARY KEY(`user_id`, `role`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`granted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "user_roles_role_check" CHECK("user_roles"."role" IN ('clinician', 'developer', 'mentor', 'funder', 'organiser', 'admin'))
);
--> statement-breakpoint
CREATE INDEX `user_roles_role_idx` ON `user_roles` (`role`,`user_id`);--> statement-breakpoint
CREATE INDEX `user_roles_granted_by_idx` ON `user_roles` (`granted_by`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`organisation` text DEFAULT '' NOT NULL,
	`bio` text DEFAULT '' NOT NULL,
	`password_hash` text NOT NULL,
	`suspended_at` integer,
	`suspended_reason` text,
	`last_login_at` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	CONSTRAINT "users_email_lowercase" CHECK("users"."email" = lower("users"."email"))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE INDEX `users_name_idx` ON `users` (`name`);--> statement-breakpoint
CREATE INDEX `users_created_at_idx` ON `users` (`created_at`);