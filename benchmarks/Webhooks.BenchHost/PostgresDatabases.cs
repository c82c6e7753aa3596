using Npgsql;

namespace Webhooks.Benchmarks;

/// <summary>
/// A new database per benchmark target on the server benchmarks/e2e.sh and benchmarks/postgres-drain.sh are given
/// (BENCH_POSTGRES): <c>pgdb create &lt;server&gt; &lt;name&gt; [template]</c> prints the new database's connection string,
/// <c>pgdb drop &lt;server&gt; &lt;name&gt;</c> removes it (closing what is still connected).
/// </summary>
public static class PostgresDatabases
{
    public static async Task<int> RunAsync(string command, string server, string name, string? template)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(name, "^[a-z_][a-z0-9_]{0,62}$") ||
            (template is not null && !System.Text.RegularExpressions.Regex.IsMatch(template, "^[a-z_][a-z0-9_]{0,62}$")))
        {
            Console.Error.WriteLine("Database names: lower-case letters, digits and underscores.");
            return 2;
        }

        await using var dataSource = NpgsqlDataSource.Create(server);
        await using (var drop = dataSource.CreateCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        {
            await drop.ExecuteNonQueryAsync();
        }

        if (command == "create")
        {
            await using var create = dataSource.CreateCommand($"CREATE DATABASE {name}" + (template is null ? "" : $" TEMPLATE {template}"));
            await create.ExecuteNonQueryAsync();
            Console.WriteLine(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
        }

        return 0;
    }
}
