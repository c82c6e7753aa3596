using System.Text.RegularExpressions;

namespace Webhooks.Storage.PostgreSql;

/// <summary>Where the PostgreSQL storage keeps its table and how long it waits for the database.</summary>
public sealed partial class PostgreSqlStorageOptions
{
    /// <summary>
    /// The schema that holds the inbox table and its schema versions, created at start-up when missing. Default
    /// <c>webhooks</c>. Lower-case letters, digits and underscores, at most 48 characters; applications that share a
    /// database keep apart by using different schemas.
    /// </summary>
    public string Schema { get; set; } = "webhooks";

    /// <summary>
    /// How long a statement may run before it fails, so that a database that stops answering fails a request (which then
    /// answers 503) instead of holding it. Default 5 s; whole seconds, rounded up. Creating or upgrading the schema at
    /// start-up may take at least 60 s.
    /// </summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long opening a connection may take, for a store made from a connection string that sets no <c>Timeout</c>.
    /// Default 5 s; whole seconds, rounded up.
    /// </summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long the wake-up listener waits before it reconnects after losing its connection. Default 2 s.</summary>
    public TimeSpan ListenReconnectDelay { get; set; } = TimeSpan.FromSeconds(2);

    // The schema name is spliced into SQL and into the notification channel's name (at most 63 bytes), so it is kept to
    // characters that never need quoting and short enough for the channel's suffix.
    [GeneratedRegex("^[a-z_][a-z0-9_]{0,47}$")]
    private static partial Regex SchemaName();

    internal void Validate()
    {
        if (Schema is null || !SchemaName().IsMatch(Schema))
        {
            throw new InvalidOperationException(
                $"The PostgreSQL webhooks storage's schema '{Schema}' is not a valid name: use lower-case letters, digits and underscores, starting with a letter or underscore, at most 48 characters.");
        }

        Positive(CommandTimeout, nameof(CommandTimeout));
        Positive(ConnectTimeout, nameof(ConnectTimeout));
        if (ListenReconnectDelay < TimeSpan.Zero)
        {
            throw new InvalidOperationException($"The PostgreSQL webhooks storage's {nameof(ListenReconnectDelay)} must not be negative.");
        }
    }

    internal static int Seconds(TimeSpan timeout) => (int)Math.Min(int.MaxValue, Math.Ceiling(timeout.TotalSeconds));

    private static void Positive(TimeSpan timeout, string name)
    {
        // Npgsql reads zero as "wait forever", which is exactly what these bounds exist to prevent.
        if (timeout <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"The PostgreSQL webhooks storage's {name} must be positive; it was {timeout}.");
        }
    }
}
