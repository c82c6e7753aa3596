using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Webhooks.Cli.Output;

namespace Webhooks.Cli.Inbox;

/// <summary>
/// The running app's admin API (<c>app.MapWebhooksDashboard()</c>) at <c>{url}{dashboard path}/api</c>. Failures become
/// the tool's errors: nothing listening is exit code 3; a missing API, a refusal or an error answer is exit code 1 with
/// the API's own message.
/// </summary>
internal sealed class AdminApi : IDisposable
{
    private readonly HttpClient _client;
    private readonly string _base;

    public AdminApi(string url, string dashboardPath, IEnumerable<KeyValuePair<string, string>> headers, TimeSpan timeout)
    {
        _base = new Uri(new Uri(url), dashboardPath.TrimEnd('/') + "/api/").ToString();
        _client = new HttpClient { BaseAddress = new Uri(_base), Timeout = timeout };
        foreach (var (name, value) in headers)
        {
            _client.DefaultRequestHeaders.TryAddWithoutValidation(name, value);
        }
    }

    public Task<OverviewResponse> OverviewAsync(CancellationToken ct) => GetAsync("overview", AdminJsonContext.Default.OverviewResponse, ct);

    public Task<DeliveryPage> ListAsync(string query, CancellationToken ct) => GetAsync("deliveries" + query, AdminJsonContext.Default.DeliveryPage, ct);

    /// <summary>The delivery, or <c>null</c> when there is none with that id.</summary>
    public async Task<DeliveryDetail?> GetAsync(long id, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Get, $"deliveries/{id}", null, ct);
        return response.StatusCode == HttpStatusCode.NotFound && await IsApiAsync(ct)
            ? null
            : await ReadAsync(response, AdminJsonContext.Default.DeliveryDetail, ct);
    }

    /// <summary>Replays one delivery: true, or false when there is none; a 409 (being processed) is a failure.</summary>
    public async Task<bool> ReplayAsync(long id, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Post, $"deliveries/{id}/replay", "{}", ct);
        if (response.StatusCode == HttpStatusCode.NotFound && await IsApiAsync(ct))
        {
            return false;
        }

        return (await ReadAsync(response, AdminJsonContext.Default.ReplayedOne, ct)).Replayed;
    }

    public async Task<int> ReplayAsync(FilterBody filter, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Post, "replay", JsonSerializer.Serialize(filter, AdminJsonContext.Default.FilterBody), ct);
        return (await ReadAsync(response, AdminJsonContext.Default.ReplayedCount, ct)).Replayed;
    }

    public async Task<int> PurgeAsync(FilterBody filter, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Post, "purge", JsonSerializer.Serialize(filter, AdminJsonContext.Default.FilterBody), ct);
        return (await ReadAsync(response, AdminJsonContext.Default.PurgedCount, ct)).Purged;
    }

    public void Dispose() => _client.Dispose();

    private async Task<T> GetAsync<T>(string path, JsonTypeInfo<T> type, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Get, path, null, ct);
        return await ReadAsync(response, type, ct);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? json, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        }

        try
        {
            return await _client.SendAsync(request, ct);
        }
        catch (Exception exception) when (exception is HttpRequestException || (exception is TaskCanceledException && !ct.IsCancellationRequested))
        {
            throw HttpFailures.Wrap(exception, _base, "Is the app running? Point at it with --url.");
        }
    }

    private async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken ct)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new CliFailureException(await ProblemAsync(response, ct));
        }

        try
        {
            return await response.Content.ReadFromJsonAsync(type, ct) ?? throw new JsonException("the answer is null.");
        }
        catch (JsonException exception)
        {
            throw new CliFailureException($"{_base} answered {(int)response.StatusCode} with JSON the tool can't read ({exception.Message}): is this the webhooks admin API?");
        }
    }

    // The API's own {"error": …} message, or what a status without one means here.
    private async Task<string> ProblemAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var status = SendCommandStatus(response);
        var text = await response.Content.ReadAsStringAsync(ct);
        string? error = null;
        try
        {
            error = text.Length > 0 ? JsonSerializer.Deserialize(text, AdminJsonContext.Default.ErrorResponse)?.Error : null;
        }
        catch (JsonException)
        {
        }

        return (response.StatusCode, error) switch
        {
            (_, { Length: > 0 }) => $"the admin API answered {status}: {error}",
            (HttpStatusCode.NotFound, _) => $"there is no webhooks admin API at {_base} ({status}). Does the app call app.MapWebhooksDashboard()? If it maps it elsewhere, pass --dashboard-path.",
            (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, _) => $"the admin API refused the request ({status}): it answers local requests only unless the app opens it to an authorization policy; pass its credentials with --header.",
            _ => $"the admin API answered {status}{(text.Length > 0 ? ": " + (text.Length > 300 ? text[..300] + "…" : text) : ".")}",
        };
    }

    // A 404 for one delivery means "no such delivery" only if the API itself is there.
    private async Task<bool> IsApiAsync(CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Get, "overview", null, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new CliFailureException(await ProblemAsync(response, ct));
        }

        return true;
    }

    private static string SendCommandStatus(HttpResponseMessage response) =>
        $"{(int)response.StatusCode} {response.ReasonPhrase ?? response.StatusCode.ToString()}";
}
