namespace Webhooks.Storage.Sqlite;

/// <summary>How the SQLite storage opens its database.</summary>
public sealed class SqliteStorageOptions
{
    /// <summary>
    /// The SQLite connection string; a relative <c>Data Source</c> is in the content root. Default
    /// <c>Data Source=webhooks.db</c>; <c>Webhooks:Storage:ConnectionString</c> in configuration wins.
    /// </summary>
    public string ConnectionString { get; set; } = "Data Source=webhooks.db";

    /// <summary>
    /// <c>PRAGMA synchronous</c>: <see cref="SqliteSynchronous.Full"/> (the default) syncs the log at every commit, so an
    /// acknowledged delivery survives a power loss; <see cref="SqliteSynchronous.Normal"/> survives a process crash only.
    /// </summary>
    public SqliteSynchronous Synchronous { get; set; } = SqliteSynchronous.Full;

    /// <summary>How long a statement waits for a lock held by another connection before it fails. Default 5 s.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>SQLite's <c>PRAGMA synchronous</c> levels that keep a WAL database consistent.</summary>
public enum SqliteSynchronous
{
    /// <summary>Commits survive a process crash; the last ones may be lost on power loss.</summary>
    Normal,

    /// <summary>Every commit syncs the log to disk before it returns.</summary>
    Full,

    /// <summary>As <see cref="Full"/>, and the directory is synced too.</summary>
    Extra,
}
