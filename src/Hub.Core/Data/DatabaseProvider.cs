namespace Hub.Core.Data;

/// <summary>Where Hub keeps its data: an embedded SQLite file (the default) or a PostgreSQL server shared by several instances.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
