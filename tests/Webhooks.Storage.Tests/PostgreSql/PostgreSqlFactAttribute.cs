namespace Webhooks.Storage.Tests.PostgreSql;

/// <summary>A test that needs the PostgreSQL server: skipped, with the reason, when there is none (see <see cref="PostgreSqlTestServer"/>).</summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute() => Skip = PostgreSqlTestServer.SkipReason;
}
