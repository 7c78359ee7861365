-- Full-text search (FTS5) for problems and projects, and demand counters on problems,
-- all kept in step by triggers so no code path can forget them.
CREATE VIRTUAL TABLE `problems_fts` USING fts5(title, summary, canvas, tags, tokenize = 'porter unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `problems_fts_insert` AFTER INSERT ON `problems` BEGIN
  INSERT INTO problems_fts (rowid, title, summary, canvas, tags) VALUES (
    new.id, new.title, new.summary,
    concat_ws(' ', new.who_affected, new.frequency, new.current_workaround, new.ideal_outcome, new.data_available, new.data_constraints),
    (SELECT coalesce(group_concat(t.name, ' '), '') FROM problem_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.problem_id = new.id));
END;
--> statement-breakpoint
CREATE TRIGGER `problems_fts_update` AFTER UPDATE OF title, summary, who_affected, frequency, current_workaround, ideal_outcome, data_available, data_constraints ON `problems` BEGIN
  UPDATE problems_fts SET
    title = new.title, summary = new.summary,
    canvas = concat_ws(' ', new.who_affected, new.frequency, new.current_workaround, new.ideal_outcome, new.data_available, new.data_constraints)
  WHERE rowid = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `problems_fts_delete` AFTER DELETE ON `problems` BEGIN
  DELETE FROM problems_fts WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `problem_tags_fts_insert` AFTER INSERT ON `problem_tags` BEGIN
  UPDATE problems_fts SET tags = (SELECT coalesce(group_concat(t.name, ' '), '') FROM problem_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.problem_id = new.problem_id) WHERE rowid = new.problem_id;
END;
--> statement-breakpoint
CREATE TRIGGER `problem_tags_fts_delete` AFTER DELETE ON `problem_tags` BEGIN
  UPDATE problems_fts SET tags = (SELECT coalesce(group_concat(t.name, ' '), '') FROM problem_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.problem_id = old.problem_id) WHERE rowid = old.problem_id;
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `projects_fts` USING fts5(name, tagline, description, tech, tokenize = 'porter unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `projects_fts_insert` AFTER INSERT ON `projects` BEGIN
  INSERT INTO projects_fts (rowid, name, tagline, description, tech) VALUES (new.id, new.name, new.tagline, new.description, new.tech);
END;
--> statement-breakpoint
CREATE TRIGGER `projects_fts_update` AFTER UPDATE OF name, tagline, description, tech ON `projects` BEGIN
  UPDATE projects_fts SET name = new.name, tagline = new.tagline, description = new.description, tech = new.tech WHERE rowid = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `projects_fts_delete` AFTER DELETE ON `projects` BEGIN
  DELETE FROM projects_fts WHERE rowid = old.id;
END;
--> statement-breakpoint
-- Demand counters. Organisations are counted case-insensitively so "Leeds THT" and "leeds tht" are one.
CREATE TRIGGER `endorsements_count_insert` AFTER INSERT ON `endorsements` BEGIN
  UPDATE problems SET
    endorsement_count = (SELECT count(*) FROM endorsements WHERE problem_id = new.problem_id),
    organisation_count = (SELECT count(DISTINCT lower(trim(organisation))) FROM endorsements WHERE problem_id = new.problem_id),
    last_activity_at = unixepoch()
  WHERE id = new.problem_id;
END;
--> statement-breakpoint
CREATE TRIGGER `endorsements_count_delete` AFTER DELETE ON `endorsements` BEGIN
  UPDATE problems SET
    endorsement_count = (SELECT count(*) FROM endorsements WHERE problem_id = old.problem_id),
    organisation_count = (SELECT count(DISTINCT lower(trim(organisation))) FROM endorsements WHERE problem_id = old.problem_id)
  WHERE id = old.problem_id;
END;
--> statement-breakpoint
CREATE TRIGGER `endorsements_count_update` AFTER UPDATE OF problem_id, organisation ON `endorsements` BEGIN
  UPDATE problems SET
    endorsement_count = (SELECT count(*) FROM endorsements WHERE problem_id = problems.id),
    organisation_count = (SELECT count(DISTINCT lower(trim(organisation))) FROM endorsements WHERE problem_id = problems.id)
  WHERE id IN (old.problem_id, new.problem_id);
END;
--> statement-breakpoint
CREATE TRIGGER `comments_count_insert` AFTER INSERT ON `comments` BEGIN
  UPDATE problems SET
    comment_count = (SELECT count(*) FROM comments WHERE problem_id = new.problem_id AND hidden_at IS NULL),
    last_activity_at = unixepoch()
  WHERE id = new.problem_id;
END;
--> statement-breakpoint
CREATE TRIGGER `comments_count_delete` AFTER DELETE ON `comments` BEGIN
  UPDATE problems SET comment_count = (SELECT count(*) FROM comments WHERE problem_id = old.problem_id AND hidden_at IS NULL) WHERE id = old.problem_id;
END;
--> statement-breakpoint
CREATE TRIGGER `comments_count_update` AFTER UPDATE OF problem_id, hidden_at ON `comments` BEGIN
  UPDATE problems SET comment_count = (SELECT count(*) FROM comments WHERE problem_id = problems.id AND hidden_at IS NULL)
  WHERE id IN (old.problem_id, new.problem_id);
END;
--> statement-breakpoint
CREATE TRIGGER `projects_count_insert` AFTER INSERT ON `projects` WHEN new.problem_id IS NOT NULL BEGIN
  UPDATE problems SET project_count = (SELECT count(*) FROM projects WHERE problem_id = new.problem_id), last_activity_at = unixepoch() WHERE id = new.problem_id;
END;
--> statement-breakpoint
CREATE TRIGGER `projects_count_delete` AFTER DELETE ON `projects` WHEN old.problem_id IS NOT NULL BEGIN
  UPDATE problems SET project_count = (SELECT count(*) FROM projects WHERE problem_id = old.problem_id) WHERE id = old.problem_id;
END;
--> statement-breakpoint
CREATE TRIGGER `projects_count_update` AFTER UPDATE OF problem_id ON `projects` BEGIN
  UPDATE problems SET project_count = (SELECT count(*) FROM projects WHERE problem_id = problems.id)
  WHERE id IN (old.problem_id, new.problem_id);
END;
