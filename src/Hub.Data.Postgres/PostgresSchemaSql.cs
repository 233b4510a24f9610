using Microsoft.EntityFrameworkCore.Migrations;

namespace Hub.Data.Postgres;

/// <summary>
/// What PostgreSQL needs beyond EF Core's model, the counterparts of the raw SQL in SQLite's migrations: the profile
/// text search (SQLite: the FTS5 table ProfileSearch and its triggers) and the append-only audit log (SQLite: RAISE(ABORT) triggers).
/// </summary>
internal static class PostgresSchemaSql
{
    /// <summary>
    /// A stored generated tsvector, so it can never fall out of step with the row. The 'simple' configuration neither
    /// stems nor drops stop words, as FTS5's unicode61 tokenizer; the weights A/B/C/D carry FTS5's bm25 column weights
    /// 10/4/3/1 (Name, Headline, TagText, Description) through the ranking weights in ProfileDirectory.
    /// </summary>
    public static void AddProfileSearch(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            ALTER TABLE "Profiles" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('simple'::regconfig, "Name"), 'A') ||
                setweight(to_tsvector('simple'::regconfig, "Headline"), 'B') ||
                setweight(to_tsvector('simple'::regconfig, "TagText"), 'C') ||
                setweight(to_tsvector('simple'::regconfig, "Description"), 'D')) STORED;
            """);
        migrationBuilder.Sql("""CREATE INDEX "IX_Profiles_SearchVector" ON "Profiles" USING GIN ("SearchVector");""");
    }

    public static void DropProfileSearch(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Profiles_SearchVector";""");
        migrationBuilder.Sql("""ALTER TABLE "Profiles" DROP COLUMN IF EXISTS "SearchVector";""");
    }

    /// <summary>Audit entries are never changed or removed, whoever holds the connection (decision 012).</summary>
    public static void AddAuditGuards(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE FUNCTION hub_refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit entries cannot be %', CASE TG_OP WHEN 'UPDATE' THEN 'changed' ELSE 'deleted' END
                    USING ERRCODE = 'restrict_violation';
            END
            $$;
            """);
        migrationBuilder.Sql("""CREATE TRIGGER "AuditEntries_NoUpdate" BEFORE UPDATE ON "AuditEntries" FOR EACH ROW EXECUTE FUNCTION hub_refuse_audit_change();""");
        migrationBuilder.Sql("""CREATE TRIGGER "AuditEntries_NoDelete" BEFORE DELETE ON "AuditEntries" FOR EACH ROW EXECUTE FUNCTION hub_refuse_audit_change();""");
        migrationBuilder.Sql("""CREATE TRIGGER "AuditEntries_NoTruncate" BEFORE TRUNCATE ON "AuditEntries" FOR EACH STATEMENT EXECUTE FUNCTION hub_refuse_audit_change();""");
    }

    public static void DropAuditGuards(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditEntries_NoTruncate" ON "AuditEntries";""");
        migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditEntries_NoDelete" ON "AuditEntries";""");
        migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditEntries_NoUpdate" ON "AuditEntries";""");
        migrationBuilder.Sql("DROP FUNCTION IF EXISTS hub_refuse_audit_change();");
    }
}
