-- What "the committed state" is on PostgreSQL (app/utils/db-postgres.server.ts committedState,
-- decision 0065): a count of write statements committed in this database, kept by a statement
-- trigger on every table, so that a commit from any app server, script or psql session, and only
-- in this database, gives kept reads and kept pages a new label. SQLite's twin is PRAGMA
-- data_version. The count is spread over 256 slots, one per backend by its process id, so two
-- connections writing at once rarely touch the same row (when they do, SERIALIZABLE retries one).
-- A table added later needs its trigger too: tests/db/pg-migrations.test.ts checks every table has one.
CREATE TABLE commit_counts (
  slot integer PRIMARY KEY,
  n bigint NOT NULL
);
--> statement-breakpoint
CREATE FUNCTION count_commit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO commit_counts (slot, n) VALUES (pg_backend_pid() % 256, 1)
  ON CONFLICT (slot) DO UPDATE SET n = commit_counts.n + 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'commit_counts' LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION count_commit()',
      t || '_count_commit', t);
  END LOOP;
END $$;
