-- PostgreSQL's twin of SQLite's 0001_search_and_counters.sql (decision 0065): full-text search for
-- problems and projects, the demand counters on problems, and the insertion order of hack-day
-- participants (SQLite's implicit rowid), all kept in step by triggers so no code path can forget
-- them. Hand-written: drizzle-kit has no words for any of it.

-- Words as SQLite's 'porter unicode61 remove_diacritics 2' tokenizer reads them: English stems,
-- accents ignored ("cafe" finds "café"). unaccent is a trusted extension: a database owner may create it.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION hackpath (COPY = pg_catalog.english);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION hackpath ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
--> statement-breakpoint

-- Problems: the title weighs most (A), then its tags (B), the summary (C) and the canvas (D).
CREATE TABLE problem_search (
  problem_id integer PRIMARY KEY REFERENCES problems (id) ON DELETE CASCADE,
  document tsvector NOT NULL
);
--> statement-breakpoint
CREATE INDEX problem_search_document_idx ON problem_search USING gin (document);
--> statement-breakpoint
CREATE FUNCTION problem_search_document(problem integer) RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('hackpath', coalesce(p.title, '')), 'A')
      || setweight(to_tsvector('hackpath', coalesce((SELECT string_agg(t.name, ' ') FROM problem_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.problem_id = p.id), '')), 'B')
      || setweight(to_tsvector('hackpath', coalesce(p.summary, '')), 'C')
      || setweight(to_tsvector('hackpath', concat_ws(' ', p.who_affected, p.frequency, p.current_workaround, p.ideal_outcome, p.data_available, p.data_constraints)), 'D')
  FROM problems p WHERE p.id = problem
$$;
--> statement-breakpoint
CREATE FUNCTION refresh_problem_search(problem integer) RETURNS void LANGUAGE sql AS $$
  INSERT INTO problem_search (problem_id, document)
  SELECT id, problem_search_document(id) FROM problems WHERE id = problem
  ON CONFLICT (problem_id) DO UPDATE SET document = excluded.document
$$;
--> statement-breakpoint
CREATE FUNCTION problems_search_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_problem_search(new.id);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER problems_search_insert AFTER INSERT ON problems FOR EACH ROW EXECUTE FUNCTION problems_search_trigger();
--> statement-breakpoint
CREATE TRIGGER problems_search_update AFTER UPDATE OF title, summary, who_affected, frequency, current_workaround, ideal_outcome, data_available, data_constraints ON problems
  FOR EACH ROW EXECUTE FUNCTION problems_search_trigger();
--> statement-breakpoint
CREATE FUNCTION problem_tags_search_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN PERFORM refresh_problem_search(old.problem_id);
  ELSE PERFORM refresh_problem_search(new.problem_id);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER problem_tags_search AFTER INSERT OR DELETE ON problem_tags FOR EACH ROW EXECUTE FUNCTION problem_tags_search_trigger();
--> statement-breakpoint

-- Projects: the name (A), tagline (B), technology (C), description (D).
CREATE TABLE project_search (
  project_id integer PRIMARY KEY REFERENCES projects (id) ON DELETE CASCADE,
  document tsvector NOT NULL
);
--> statement-breakpoint
CREATE INDEX project_search_document_idx ON project_search USING gin (document);
--> statement-breakpoint
CREATE FUNCTION project_search_document(project integer) RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('hackpath', coalesce(p.name, '')), 'A')
      || setweight(to_tsvector('hackpath', coalesce(p.tagline, '')), 'B')
      || setweight(to_tsvector('hackpath', coalesce(p.tech, '')), 'C')
      || setweight(to_tsvector('hackpath', coalesce(p.description, '')), 'D')
  FROM projects p WHERE p.id = project
$$;
--> statement-breakpoint
CREATE FUNCTION refresh_project_search(project integer) RETURNS void LANGUAGE sql AS $$
  INSERT INTO project_search (project_id, document)
  SELECT id, project_search_document(id) FROM projects WHERE id = project
  ON CONFLICT (project_id) DO UPDATE SET document = excluded.document
$$;
--> statement-breakpoint
CREATE FUNCTION projects_search_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_project_search(new.id);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER projects_search_insert AFTER INSERT ON projects FOR EACH ROW EXECUTE FUNCTION projects_search_trigger();
--> statement-breakpoint
CREATE TRIGGER projects_search_update AFTER UPDATE OF name, tagline, description, tech ON projects
  FOR EACH ROW EXECUTE FUNCTION projects_search_trigger();
--> statement-breakpoint

-- Demand counters. Organisations are counted case-insensitively so "Leeds THT" and "leeds tht" are
-- one. The recount locks the problem's row first, so two writers on one problem take turns (and
-- under SERIALIZABLE the later one is retried with the earlier one's row in view). `touch` moves
-- last_activity_at, as a new endorsement, comment or project does.
CREATE FUNCTION recount_problem(problem integer, touch boolean) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF problem IS NULL THEN RETURN; END IF;
  PERFORM 1 FROM problems WHERE id = problem FOR UPDATE;
  UPDATE problems SET
    endorsement_count = (SELECT count(*) FROM endorsements WHERE problem_id = problem),
    organisation_count = (SELECT count(DISTINCT lower(trim(organisation))) FROM endorsements WHERE problem_id = problem),
    comment_count = (SELECT count(*) FROM comments WHERE problem_id = problem AND hidden_at IS NULL),
    project_count = (SELECT count(*) FROM projects WHERE problem_id = problem),
    last_activity_at = CASE WHEN touch THEN floor(extract(epoch FROM now()))::bigint ELSE last_activity_at END
  WHERE id = problem;
END $$;
--> statement-breakpoint
CREATE FUNCTION problem_counters_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM recount_problem(new.problem_id, true);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM recount_problem(old.problem_id, false);
  ELSE
    PERFORM recount_problem(old.problem_id, false);
    IF new.problem_id IS DISTINCT FROM old.problem_id THEN PERFORM recount_problem(new.problem_id, false); END IF;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER endorsements_counters AFTER INSERT OR DELETE OR UPDATE OF problem_id, organisation ON endorsements
  FOR EACH ROW EXECUTE FUNCTION problem_counters_trigger();
--> statement-breakpoint
CREATE TRIGGER comments_counters AFTER INSERT OR DELETE OR UPDATE OF problem_id, hidden_at ON comments
  FOR EACH ROW EXECUTE FUNCTION problem_counters_trigger();
--> statement-breakpoint
CREATE TRIGGER projects_counters AFTER INSERT OR DELETE OR UPDATE OF problem_id ON projects
  FOR EACH ROW EXECUTE FUNCTION problem_counters_trigger();
--> statement-breakpoint

-- The order people joined a hack day in: the tie-break for the same second (SQLite's rowid,
-- app/models/dialect.server.ts insertionOrder). Numbered by the database, never written by code.
ALTER TABLE hack_day_participants ADD COLUMN joined_order bigint GENERATED ALWAYS AS IDENTITY;
