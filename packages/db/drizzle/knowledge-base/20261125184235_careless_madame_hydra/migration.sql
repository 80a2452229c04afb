CREATE TABLE `build_info` (
	`key` text PRIMARY KEY,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `development_sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`development_id` integer NOT NULL,
	`position` integer NOT NULL,
	`source_id` text NOT NULL,
	`locator` text,
	CONSTRAINT `fk_development_sources_development_id_program_developments_id_fk` FOREIGN KEY (`development_id`) REFERENCES `program_developments`(`id`),
	CONSTRAINT `fk_development_sources_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`)
);
--> statement-breakpoint
CREATE TABLE `intake_history` (
	`quarter` text PRIMARY KEY,
	`software` integer NOT NULL,
	`web` integer NOT NULL,
	`total` integer NOT NULL,
	`note_ja` text,
	`note_en` text,
	`source_id` text NOT NULL,
	`locator` text,
	CONSTRAINT `fk_intake_history_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`)
);
--> statement-breakpoint
CREATE TABLE `partnership_breakdown_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`breakdown_key` text NOT NULL,
	`position` integer NOT NULL,
	`key` text NOT NULL,
	`label_ja` text NOT NULL,
	`label_en` text NOT NULL,
	`share` real NOT NULL,
	CONSTRAINT `fk_partnership_breakdown_items_breakdown_key_partnership_breakdowns_key_fk` FOREIGN KEY (`breakdown_key`) REFERENCES `partnership_breakdowns`(`key`)
);
--> statement-breakpoint
CREATE TABLE `partnership_breakdowns` (
	`key` text PRIMARY KEY,
	`position` integer NOT NULL,
	`label_ja` text NOT NULL,
	`label_en` text NOT NULL,
	`base` integer NOT NULL,
	`note_ja` text,
	`note_en` text,
	`source_id` text NOT NULL,
	`locator` text,
	CONSTRAINT `fk_partnership_breakdowns_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`)
);
--> statement-breakpoint
CREATE TABLE `partnership_figures` (
	`key` text PRIMARY KEY,
	`position` integer NOT NULL,
	`label_ja` text NOT NULL,
	`label_en` text NOT NULL,
	`value` real NOT NULL,
	`unit` text NOT NULL,
	`note_ja` text,
	`note_en` text,
	`source_id` text NOT NULL,
	`locator` text,
	CONSTRAINT `fk_partnership_figures_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`)
);
--> statement-breakpoint
CREATE TABLE `partnership_outcome_details` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`outcome_id` integer NOT NULL,
	`key` text NOT NULL,
	`label_ja` text NOT NULL,
	`label_en` text NOT NULL,
	`count` integer NOT NULL,
	`source_id` text NOT NULL,
	`locator` text,
	CONSTRAINT `fk_partnership_outcome_details_outcome_id_partnership_outcomes_id_fk` FOREIGN KEY (`outcome_id`) REFERENCES `partnership_outcomes`(`id`),
	CONSTRAINT `fk_partnership_outcome_details_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`)
);
--> statement-breakpoint
CREATE TABLE `partnership_outcomes` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`kind` text NOT NULL,
	`outcome` text NOT NULL,
	`position` integer NOT NULL,
	`label_ja` text NOT NULL,
	`label_en` text NOT NULL,
	`count` integer NOT NULL,
	`source_id` text NOT NULL,
	`locator` text,
	CONSTRAINT `fk_partnership_outcomes_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`)
);
--> statement-breakpoint
CREATE TABLE `partnership_quarters` (
	`quarter` text PRIMARY KEY,
	`cumulative_reports` integer NOT NULL,
	`reports_per_working_day` real NOT NULL,
	`source_id` text NOT NULL,
	`locator` text,
	CONSTRAINT `fk_partnership_quarters_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`)
);
--> statement-breakpoint
CREATE TABLE `partnership_totals` (
	`kind` text PRIMARY KEY,
	`total` integer NOT NULL,
	`source_id` text NOT NULL,
	`locator` text,
	CONSTRAINT `fk_partnership_totals_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`)
);
--> statement-breakpoint
CREATE TABLE `policy_assessments` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`option_key` text NOT NULL,
	`program_slug` text NOT NULL,
	`position` integer NOT NULL,
	`effects_ja` text NOT NULL,
	`effects_en` text NOT NULL,
	`considerations_ja` text NOT NULL,
	`considerations_en` text NOT NULL,
	`source_id` text NOT NULL,
	`locator` text,
	CONSTRAINT `fk_policy_assessments_option_key_policy_options_key_fk` FOREIGN KEY (`option_key`) REFERENCES `policy_options`(`key`),
	CONSTRAINT `fk_policy_assessments_program_slug_programs_slug_fk` FOREIGN KEY (`program_slug`) REFERENCES `programs`(`slug`),
	CONSTRAINT `fk_policy_assessments_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`)
);
--> statement-breakpoint
CREATE TABLE `policy_conclusions` (
	`id` integer PRIMARY KEY,
	`adopted` text NOT NULL,
	`text_ja` text NOT NULL,
	`text_en` text NOT NULL,
	`source_id` text NOT NULL,
	`locator` text,
	CONSTRAINT `fk_policy_conclusions_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`)
);
--> statement-breakpoint
CREATE TABLE `policy_options` (
	`key` text PRIMARY KEY,
	`position` integer NOT NULL,
	`name_ja` text NOT NULL,
	`name_en` text NOT NULL,
	`addition_ja` text NOT NULL,
	`addition_en` text NOT NULL,
	`source_id` text NOT NULL,
	`locator` text,
	CONSTRAINT `fk_policy_options_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`)
);
--> statement-breakpoint
CREATE TABLE `program_developments` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`program_slug` text NOT NULL,
	`position` integer NOT NULL,
	`date` text NOT NULL,
	`title_ja` text NOT NULL,
	`title_en` text NOT NULL,
	`summary_ja` text NOT NULL,
	`summary_en` text NOT NULL,
	CONSTRAINT `fk_program_developments_program_slug_programs_slug_fk` FOREIGN KEY (`program_slug`) REFERENCES `programs`(`slug`)
);
--> statement-breakpoint
CREATE TABLE `program_sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`program_slug` text NOT NULL,
	`position` integer NOT NULL,
	`source_id` text NOT NULL,
	`locator` text,
	CONSTRAINT `fk_program_sources_program_slug_programs_slug_fk` FOREIGN KEY (`program_slug`) REFERENCES `programs`(`slug`),
	CONSTRAINT `fk_program_sources_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`)
);
--> statement-breakpoint
CREATE TABLE `program_tags` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`program_slug` text NOT NULL,
	`dimension` text NOT NULL,
	`value` text NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text,
	`basis_ja` text,
	`basis_en` text,
	`source_id` text NOT NULL,
	`locator` text,
	CONSTRAINT `fk_program_tags_program_slug_programs_slug_fk` FOREIGN KEY (`program_slug`) REFERENCES `programs`(`slug`),
	CONSTRAINT `fk_program_tags_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`)
);
--> statement-breakpoint
CREATE TABLE `programs` (
	`slug` text PRIMARY KEY,
	`position` integer NOT NULL,
	`file` text NOT NULL,
	`jurisdiction` text NOT NULL,
	`name_ja` text NOT NULL,
	`name_en` text NOT NULL,
	`organization_ja` text NOT NULL,
	`organization_en` text NOT NULL,
	`summary_ja` text NOT NULL,
	`summary_en` text NOT NULL,
	`surveyed_organization_number` integer,
	`reference_for_partnership` integer NOT NULL,
	`reference_source_id` text NOT NULL,
	`reference_locator` text,
	`survey_row` integer,
	`survey_label` text,
	`survey_raw_row` text,
	`survey_decoding_ja` text,
	`survey_decoding_en` text,
	`survey_as_of` text,
	`survey_source_id` text,
	`survey_locator` text,
	`valid_from` text,
	`valid_to` text,
	CONSTRAINT `fk_programs_reference_source_id_sources_id_fk` FOREIGN KEY (`reference_source_id`) REFERENCES `sources`(`id`),
	CONSTRAINT `fk_programs_survey_source_id_sources_id_fk` FOREIGN KEY (`survey_source_id`) REFERENCES `sources`(`id`)
);
--> statement-breakpoint
CREATE TABLE `qualifiers` (
	`number` integer PRIMARY KEY,
	`legend_ja` text NOT NULL,
	`legend_en` text NOT NULL,
	`item` text NOT NULL,
	`implies_dimension` text NOT NULL,
	`implies_value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`title_ja` text NOT NULL,
	`title_en` text NOT NULL,
	`publisher` text,
	`published` text,
	`url` text,
	`accessed` text,
	`status` text NOT NULL,
	`read_via` text,
	`note_ja` text,
	`note_en` text
);
--> statement-breakpoint
CREATE TABLE `survey_findings` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`program_slug` text NOT NULL,
	`item` text NOT NULL,
	`position` integer NOT NULL,
	`found` integer NOT NULL,
	`qualifiers` text NOT NULL,
	`raw` text NOT NULL,
	`note_ja` text,
	`note_en` text,
	`source_id` text NOT NULL,
	`locator` text,
	CONSTRAINT `fk_survey_findings_program_slug_programs_slug_fk` FOREIGN KEY (`program_slug`) REFERENCES `programs`(`slug`),
	CONSTRAINT `fk_survey_findings_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`)
);
--> statement-breakpoint
CREATE TABLE `survey_items` (
	`item` text PRIMARY KEY,
	`number` integer NOT NULL,
	`label_ja` text NOT NULL,
	`label_en` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `survey_marks` (
	`mark` text PRIMARY KEY,
	`legend_ja` text NOT NULL,
	`legend_en` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `tag_dimensions` (
	`dimension` text PRIMARY KEY,
	`position` integer NOT NULL,
	`label_ja` text NOT NULL,
	`label_en` text NOT NULL,
	`definition_ja` text NOT NULL,
	`definition_en` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `tag_values` (
	`dimension` text NOT NULL,
	`value` text NOT NULL,
	`position` integer NOT NULL,
	`label_ja` text NOT NULL,
	`label_en` text NOT NULL,
	`definition_ja` text NOT NULL,
	`definition_en` text NOT NULL,
	CONSTRAINT `tag_values_pk` PRIMARY KEY(`dimension`, `value`)
);
--> statement-breakpoint
CREATE INDEX `program_tags_program` ON `program_tags` (`program_slug`,`dimension`);--> statement-breakpoint
CREATE INDEX `survey_findings_program` ON `survey_findings` (`program_slug`,`position`);