using Npgsql;

namespace Webhooks.Storage.Tests.PostgreSql;

/// <summary>
/// The PostgreSQL server the tests run against: <c>WEBHOOKS_TEST_POSTGRES</c>, a connection string (.ci/run starts a
/// throwaway cluster and sets it). Without one that answers, the PostgreSQL tests skip, saying why; under
/// <c>CI=true</c> they run and fail with the same reason instead, so that CI can't pass without them.
/// </summary>
internal static class PostgreSqlTestServer
{
    public const string Variable = "WEBHOOKS_TEST_POSTGRES";

    private static readonly Lazy<string?> Problem = new(FindProblem);

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the PostgreSQL tests skip, or <c>null</c> when they run (the server answers, or this is CI).</summary>
    public static string? SkipReason => InCi ? null : Problem.Value;

    /// <summary>The server's connection string; throws, saying why, when there is no server that answers.</summary>
    public static string ConnectionString => Problem.Value is { } problem
        ? throw new InvalidOperationException($"{problem} (CI=true: the PostgreSQL tests must run here, so they fail rather than skip.)")
        : Environment.GetEnvironmentVariable(Variable)!;

    private static string? FindProblem()
    {
        var connectionString = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return $"{Variable} is not set: point it at a PostgreSQL database (.ci/run starts one, e.g. Host=127.0.0.1;Port=55432;Username=postgres;Database=webhooks_test).";
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 3 };
        }
        catch (ArgumentException e)
        {
            return $"{Variable} is not a valid connection string: {e.Message}";
        }

        try
        {
            using var connection = new NpgsqlConnection(builder.ToString());
            connection.Open();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return $"The PostgreSQL server of {Variable} (Host={builder.Host};Port={builder.Port};Database={builder.Database}) did not answer: {e.Message}";
        }
    }
}
