using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Core.Data.Migrations;

/// <summary>
/// An FTS5 index over the profile's name, headline, description and tag names, kept in step by triggers so every
/// writer (the editor, the seeder, a future import) is covered without remembering to update it.
/// </summary>
public partial class ProfileFullTextSearch : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE VIRTUAL TABLE ProfileSearch USING fts5(
                Name, Headline, Description, TagText,
                content='Profiles', content_rowid='Id',
                tokenize='unicode61 remove_diacritics 2');
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER Profiles_ai AFTER INSERT ON Profiles BEGIN
                INSERT INTO ProfileSearch(rowid, Name, Headline, Description, TagText)
                VALUES (new.Id, new.Name, new.Headline, new.Description, new.TagText);
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER Profiles_ad AFTER DELETE ON Profiles BEGIN
                INSERT INTO ProfileSearch(ProfileSearch, rowid, Name, Headline, Description, TagText)
                VALUES ('delete', old.Id, old.Name, old.Headline, old.Description, old.TagText);
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER Profiles_au AFTER UPDATE OF Name, Headline, Description, TagText ON Profiles BEGIN
                INSERT INTO ProfileSearch(ProfileSearch, rowid, Name, Headline, Description, TagText)
                VALUES ('delete', old.Id, old.Name, old.Headline, old.Description, old.TagText);
                INSERT INTO ProfileSearch(rowid, Name, Headline, Description, TagText)
                VALUES (new.Id, new.Name, new.Headline, new.Description, new.TagText);
            END;
            """);
        migrationBuilder.Sql("INSERT INTO ProfileSearch(ProfileSearch) VALUES ('rebuild');");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS Profiles_au;");
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS Profiles_ad;");
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS Profiles_ai;");
        migrationBuilder.Sql("DROP TABLE IF EXISTS ProfileSearch;");
    }
}
