CREATE TABLE `scenarios` (
	`id` text PRIMARY KEY,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`input` text NOT NULL,
	`engine_version` text NOT NULL,
	`created_at` integer NOT NULL
);
