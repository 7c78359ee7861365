CREATE TABLE `stored_files` (
	`area` text NOT NULL,
	`name` text NOT NULL,
	`bytes` blob NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	PRIMARY KEY(`area`, `name`),
	CONSTRAINT "stored_files_area_check" CHECK("stored_files"."area" IN ('screenshots', 'documents'))
);
