CREATE TABLE "stored_files" (
	"area" text NOT NULL,
	"name" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"created_at" bigint DEFAULT floor(extract(epoch from now()))::bigint NOT NULL,
	CONSTRAINT "stored_files_area_name_pk" PRIMARY KEY("area","name"),
	CONSTRAINT "stored_files_area_check" CHECK ("stored_files"."area" IN ('screenshots', 'documents'))
);
--> statement-breakpoint
-- Every table counts its commits (0002).
CREATE TRIGGER stored_files_count_commit AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON stored_files FOR EACH STATEMENT EXECUTE FUNCTION count_commit();
