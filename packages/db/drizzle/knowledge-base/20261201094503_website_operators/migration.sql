CREATE TABLE `damage_case_columns` (
	`key` text PRIMARY KEY,
	`column_group` text NOT NULL,
	`position` integer NOT NULL,
	`label_ja` text NOT NULL,
	`label_en` text NOT NULL,
	`source_id` text NOT NULL,
	`locator` text,
	CONSTRAINT `fk_damage_case_columns_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`)
);
--> statement-breakpoint
CREATE TABLE `damage_case_considerations` (
	`key` text PRIMARY KEY,
	`position` integer NOT NULL,
	`section` text NOT NULL,
	`title_ja` text NOT NULL,
	`title_en` text NOT NULL,
	`measures_ja` text NOT NULL,
	`measures_en` text NOT NULL,
	`text_ja` text NOT NULL,
	`text_en` text NOT NULL,
	`source_id` text NOT NULL,
	`locator` text,
	CONSTRAINT `fk_damage_case_considerations_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`)
);
--> statement-breakpoint
CREATE TABLE `damage_case_legend_marks` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`damage_table` text NOT NULL,
	`position` integer NOT NULL,
	`mark` text NOT NULL,
	`meaning_ja` text NOT NULL,
	`meaning_en` text NOT NULL,
	`source_id` text NOT NULL,
	`locator` text,
	CONSTRAINT `fk_damage_case_legend_marks_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`)
);
--> statement-breakpoint
CREATE TABLE `damage_cases` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`position` integer NOT NULL,
	`damage_table` text NOT NULL,
	`number` text NOT NULL,
	`raw` text NOT NULL,
	`date` text NOT NULL,
	`organization` text,
	`vulnerability_ja` text,
	`vulnerability_en` text,
	`site_form_ja` text,
	`site_form_en` text,
	`company_size` text NOT NULL,
	`cloud` text NOT NULL,
	`defacement` text NOT NULL,
	`service_stop` text NOT NULL,
	`information_leak` text NOT NULL,
	`secondary_damage` text NOT NULL,
	`content_and_scope` text NOT NULL,
	`direct_and_root_cause` text NOT NULL,
	`technical_and_human_cause` text NOT NULL,
	`response_after` text NOT NULL,
	`recurrence_prevention` text NOT NULL,
	`summary_ja` text NOT NULL,
	`summary_en` text NOT NULL,
	`source_id` text NOT NULL,
	`locator` text,
	CONSTRAINT `fk_damage_cases_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`)
);
--> statement-breakpoint
CREATE TABLE `operator_survey_areas` (
	`key` text PRIMARY KEY,
	`position` integer NOT NULL,
	`label_ja` text NOT NULL,
	`label_en` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `operator_survey_conclusions` (
	`key` text PRIMARY KEY,
	`position` integer NOT NULL,
	`section` text NOT NULL,
	`title_ja` text NOT NULL,
	`title_en` text NOT NULL,
	`text_ja` text NOT NULL,
	`text_en` text NOT NULL,
	`note_ja` text,
	`note_en` text,
	`source_id` text NOT NULL,
	`locator` text,
	CONSTRAINT `fk_operator_survey_conclusions_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`)
);
--> statement-breakpoint
CREATE TABLE `operator_survey_figure_hypotheses` (
	`figure_id` integer NOT NULL,
	`hypothesis_number` integer NOT NULL,
	CONSTRAINT `operator_survey_figure_hypotheses_pk` PRIMARY KEY(`figure_id`, `hypothesis_number`),
	CONSTRAINT `fk_operator_survey_figure_hypotheses_figure_id_operator_survey_figures_id_fk` FOREIGN KEY (`figure_id`) REFERENCES `operator_survey_figures`(`id`),
	CONSTRAINT `fk_operator_survey_figure_hypotheses_hypothesis_number_operator_survey_hypotheses_number_fk` FOREIGN KEY (`hypothesis_number`) REFERENCES `operator_survey_hypotheses`(`number`)
);
--> statement-breakpoint
CREATE TABLE `operator_survey_figures` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`position` integer NOT NULL,
	`hypothesis_number` integer,
	`conclusion_key` text,
	`question` text,
	`subgroup_ja` text,
	`subgroup_en` text,
	`statement_ja` text NOT NULL,
	`statement_en` text NOT NULL,
	`printed` text NOT NULL,
	`share` real NOT NULL,
	`up_to` real,
	`precision` text NOT NULL,
	`note_ja` text,
	`note_en` text,
	`source_id` text NOT NULL,
	`locator` text,
	CONSTRAINT `fk_operator_survey_figures_hypothesis_number_operator_survey_hypotheses_number_fk` FOREIGN KEY (`hypothesis_number`) REFERENCES `operator_survey_hypotheses`(`number`),
	CONSTRAINT `fk_operator_survey_figures_conclusion_key_operator_survey_conclusions_key_fk` FOREIGN KEY (`conclusion_key`) REFERENCES `operator_survey_conclusions`(`key`),
	CONSTRAINT `fk_operator_survey_figures_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`)
);
--> statement-breakpoint
CREATE TABLE `operator_survey_hypotheses` (
	`number` integer PRIMARY KEY,
	`area_key` text NOT NULL,
	`statement_ja` text NOT NULL,
	`statement_en` text NOT NULL,
	`verdict` text NOT NULL,
	`verdict_text_ja` text NOT NULL,
	`verdict_text_en` text NOT NULL,
	`verdict_reading_ja` text,
	`verdict_reading_en` text,
	`source_id` text NOT NULL,
	`locator` text,
	CONSTRAINT `fk_operator_survey_hypotheses_area_key_operator_survey_areas_key_fk` FOREIGN KEY (`area_key`) REFERENCES `operator_survey_areas`(`key`),
	CONSTRAINT `fk_operator_survey_hypotheses_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`)
);
--> statement-breakpoint
CREATE TABLE `operator_surveys` (
	`id` integer PRIMARY KEY,
	`respondents` integer NOT NULL,
	`population_ja` text NOT NULL,
	`population_en` text NOT NULL,
	`source_id` text NOT NULL,
	`locator` text,
	CONSTRAINT `fk_operator_surveys_source_id_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`)
);
--> statement-breakpoint
ALTER TABLE `partnership_outcome_details` ADD `note_ja` text;--> statement-breakpoint
ALTER TABLE `partnership_outcome_details` ADD `note_en` text;--> statement-breakpoint
CREATE INDEX `operator_survey_figures_question` ON `operator_survey_figures` (`question`);