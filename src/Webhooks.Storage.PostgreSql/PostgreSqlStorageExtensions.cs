using Microsoft.Extensions.Logging;
using Npgsql;
using Webhooks.Hosting;
using Webhooks.Storage.PostgreSql;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Puts the webhooks inbox and dedupe on PostgreSQL, which several instances of an application share.</summary>
public static class PostgreSqlStorageExtensions
{
    /// <summary>
    /// Stores deliveries in PostgreSQL at <paramref name="connectionString"/>, unless <c>Webhooks:Storage:ConnectionString</c>
    /// in configuration names another (it wins). The schema (default <c>webhooks</c>) is created or upgraded at start-up.
    /// </summary>
    /// <exception cref="InvalidOperationException">Neither a connection string nor <c>Webhooks:Storage:ConnectionString</c> was given.</exception>
    public static WebhooksBuilder UsePostgreSqlStorage(this WebhooksBuilder builder, string connectionString, Action<PostgreSqlStorageOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var resolved = builder.ConnectionString(connectionString);
        if (string.IsNullOrWhiteSpace(resolved))
        {
            throw new InvalidOperationException(
                $"UsePostgreSqlStorage needs a connection string: pass one, or set {WebhooksBuilder.ConnectionStringKey} in configuration.");
        }

        var options = Configure(configure);
        return builder.UseStorage(services => new PostgreSqlInboxStore(resolved, options, Logger(services)));
    }

    /// <summary>
    /// Stores deliveries in PostgreSQL through <paramref name="dataSource"/>, which stays the application's (it is not
    /// disposed by the store). The schema (default <c>webhooks</c>) is created or upgraded at start-up.
    /// </summary>
    public static WebhooksBuilder UsePostgreSqlStorage(this WebhooksBuilder builder, NpgsqlDataSource dataSource, Action<PostgreSqlStorageOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(dataSource);
        var options = Configure(configure);
        return builder.UseStorage(services => new PostgreSqlInboxStore(dataSource, options, Logger(services)));
    }

    private static PostgreSqlStorageOptions Configure(Action<PostgreSqlStorageOptions>? configure)
    {
        var options = new PostgreSqlStorageOptions();
        configure?.Invoke(options);
        options.Validate(); // a bad schema name fails here, at start-up, not at the first delivery
        return options;
    }

    private static ILogger<PostgreSqlInboxStore>? Logger(IServiceProvider services) => services.GetService<ILogger<PostgreSqlInboxStore>>();
}
