using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Webhooks.Hosting;
using Webhooks.Inbox;
using Webhooks.Inbox.Storage;
using Webhooks.Infrastructure;
using Webhooks.Storage.PostgreSql;

namespace Webhooks.Storage.Tests.PostgreSql;

/// <summary><c>UsePostgreSqlStorage(…)</c>: where the connection string comes from, and what is registered.</summary>
public sealed class PostgreSqlStorageExtensionsTests : IAsyncLifetime
{
    private readonly string _schema = PostgreSqlTestSchema.NewName();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => PostgreSqlTestSchema.DropAsync(_schema);

    private static WebhooksBuilder Builder(string? configuredConnectionString = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(configuredConnectionString is null ? [] : [new(WebhooksBuilder.ConnectionStringKey, configuredConnectionString)])
            .Build();
        return new ServiceCollection().AddWebhooksRuntime(configuration);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Without_a_connection_string_it_fails_naming_the_configuration_key(string given)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Builder().UsePostgreSqlStorage(given));

        Assert.Contains("Webhooks:Storage:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_schema_name_fails_at_the_call()
    {
        Assert.Throws<InvalidOperationException>(() => Builder().UsePostgreSqlStorage("Host=127.0.0.1", o => o.Schema = "Bad Name"));
    }

    [Fact]
    public void A_service_provider_disposed_synchronously_disposes_the_store()
    {
        var services = Builder().UsePostgreSqlStorage("Host=127.0.0.1;Username=postgres").Services.BuildServiceProvider();
        var store = Assert.IsType<PostgreSqlInboxStore>(services.GetRequiredService<IWebhookInboxStore>());

        services.Dispose();

        Assert.Throws<ObjectDisposedException>(() => store.DataSource.OpenConnection());
    }

    [PostgreSqlFact]
    public async Task The_configured_connection_string_wins_over_the_one_in_code()
    {
        var builder = Builder(PostgreSqlTestServer.ConnectionString)
            .UsePostgreSqlStorage("Host=127.0.0.1;Port=1;Username=nobody", o => o.Schema = _schema);
        await using var services = builder.Services.BuildServiceProvider();

        var store = services.GetRequiredService<IWebhookInboxStore>();
        await store.InitializeAsync(CancellationToken.None);

        Assert.IsType<PostgreSqlInboxStore>(store);
        Assert.IsAssignableFrom<IWebhookInboxListener>(store);
        Assert.Equal(1L, await PostgreSqlTestSchema.ScalarAsync<long>($"SELECT count(*) FROM {_schema}.schema_versions"));
    }

    [PostgreSqlFact]
    public async Task A_data_source_of_the_application_is_used_and_left_to_it()
    {
        await using var dataSource = Npgsql.NpgsqlDataSource.Create(PostgreSqlTestServer.ConnectionString);
        var builder = Builder().UsePostgreSqlStorage(dataSource, o => o.Schema = _schema);
        await using (var services = builder.Services.BuildServiceProvider())
        {
            await services.GetRequiredService<IWebhookInboxStore>().InitializeAsync(CancellationToken.None);
        }

        // The container disposed the store; the data source is still the application's to use.
        await using var command = dataSource.CreateCommand($"SELECT count(*) FROM {_schema}.schema_versions");
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }
}
