using Microsoft.Extensions.Hosting;
using Webhooks.Hosting;
using Webhooks.Storage.Sqlite;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Puts the webhooks inbox and dedupe on an embedded SQLite database.</summary>
public static class SqliteStorageExtensions
{
    /// <summary>
    /// Stores deliveries in SQLite: <c>webhooks.db</c> in the content root unless <paramref name="connectionString"/> or
    /// <c>Webhooks:Storage:ConnectionString</c> (which wins) names another. One instance per database file: for several
    /// instances, use PostgreSQL.
    /// </summary>
    public static WebhooksBuilder UseSqliteStorage(this WebhooksBuilder builder, string? connectionString = null, Action<SqliteStorageOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new SqliteStorageOptions();
        configure?.Invoke(options);
        options.ConnectionString = builder.ConnectionString(connectionString) ?? options.ConnectionString;
        return builder.UseStorage(services =>
            new SqliteInboxStore(options, services.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory));
    }
}
