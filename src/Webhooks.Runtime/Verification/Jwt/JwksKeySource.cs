using Microsoft.Extensions.Logging;
using Webhooks.Configuration;
using Webhooks.Logging;

namespace Webhooks.Verification.Jwt;

/// <summary>
/// One provider's keys from its <c>JwksUrl</c>: fetched in the background from start-up, refreshed every
/// <see cref="RefreshInterval"/> (every <see cref="RetryInterval"/> after a failure), and fetched at once when a token
/// names a <c>kid</c> the set lacks, but never more than once per <see cref="RetryInterval"/>, so that tokens with made-up
/// kids can't make us hammer the sender's server. A failed fetch keeps the last good set.
/// </summary>
internal sealed class JwksKeySource : IDisposable
{
    /// <summary>How often the keys are fetched again while fetches succeed.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(10);

    /// <summary>The least time between two fetches a request may cause, and the wait before retrying a failed fetch.</summary>
    public static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(30);

    private readonly string _provider;
    private readonly Uri _url;
    private readonly IReadOnlyList<JwtAlgorithm> _algorithms;
    private readonly HttpClient _http;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ITimer _timer;
    private readonly Lock _gate = new();
    private Task<JwksKeySet?>? _inFlight;
    private DateTimeOffset? _lastFetchStarted;
    private volatile JwksKeySet? _current;
    private byte[]? _currentJson;

    public JwksKeySource(string provider, Uri url, IReadOnlyList<JwtAlgorithm> algorithms, HttpClient http, TimeProvider clock, ILogger logger)
    {
        (_provider, _url, _algorithms, _http, _clock, _logger) = (provider, url, algorithms, http, clock, logger);
        _timer = clock.CreateTimer(_ => Fetch(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        Fetch();
    }

    /// <summary>Where the keys are fetched from.</summary>
    public Uri Url => _url;

    /// <summary>The last good key set; <c>null</c> until a fetch has succeeded.</summary>
    public JwksKeySet? Current => _current;

    /// <summary>
    /// For a token whose key the set lacks: the keys after the fetch under way, or after a new one unless the last
    /// started less than <see cref="RetryInterval"/> ago (then the current keys).
    /// </summary>
    public Task<JwksKeySet?> RefetchAsync()
    {
        lock (_gate)
        {
            if (_inFlight is { } running)
            {
                return running;
            }

            return _lastFetchStarted is { } last && _clock.GetUtcNow() - last < RetryInterval
                ? Task.FromResult(_current)
                : Start();
        }
    }

    // Under the lock, so that a fetch ending now doesn't re-arm the disposed timer. The token source is only cancelled:
    // a fetch still running may yet read its token.
    public void Dispose()
    {
        lock (_gate)
        {
            _stopping.Cancel();
            _timer.Dispose();
        }
    }

    // Scheduled: joins a fetch under way rather than starting a second.
    private void Fetch()
    {
        lock (_gate)
        {
            if (_inFlight is null && !_stopping.IsCancellationRequested)
            {
                Start();
            }
        }
    }

    // Under the lock. On the thread pool, so that the fetch's end (which takes the lock) never runs inside this call.
    private Task<JwksKeySet?> Start()
    {
        _lastFetchStarted = _clock.GetUtcNow();
        var token = _stopping.Token;
        return _inFlight = Task.Run(() => FetchAsync(token));
    }

    private async Task<JwksKeySet?> FetchAsync(CancellationToken stopping)
    {
        var fetched = false;
        try
        {
            fetched = await TryFetchAsync(stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The app is stopping.
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or IOException)
        {
            // A timeout is an OperationCanceledException too (HttpClient.Timeout).
            Failed($"{exception.GetType().Name}: {exception.Message}");
        }
        finally
        {
            lock (_gate)
            {
                _inFlight = null;
                if (!stopping.IsCancellationRequested)
                {
                    _timer.Change(fetched ? RefreshInterval : RetryInterval, Timeout.InfiniteTimeSpan);
                }
            }
        }

        return _current;
    }

    private async Task<bool> TryFetchAsync(CancellationToken stopping)
    {
        using var response = await _http.GetAsync(_url, stopping);
        if (!response.IsSuccessStatusCode)
        {
            Failed($"it answered {(int)response.StatusCode}");
            return false;
        }

        var json = await response.Content.ReadAsByteArrayAsync(stopping);

        // An unchanged document keeps its imported keys (and each thread's RSA/ECDsa instances of them).
        if (_current is not null && _currentJson.AsSpan().SequenceEqual(json))
        {
            return true;
        }

        var section = WebhookConfigurationReader.SectionPath(_provider);
        var (keys, problems) = JwksDocument.Read(json, index => $"key #{index}", key => VerificationKeys.JwtKeyProblem(key, _algorithms, section), out var notJwks);
        if (notJwks is not null || keys.Count == 0)
        {
            Failed(notJwks ?? $"it has no usable key{(problems.Count > 0 ? " (" + string.Join(" ", problems) + ")" : "")}");
            return false;
        }

        foreach (var problem in problems)
        {
            JwksLog.KeySkipped(_logger, _provider, _url, problem);
        }

        _currentJson = json;
        _current = new JwksKeySet(keys);
        JwksLog.Fetched(_logger, _provider, _url, keys.Count);
        return true;
    }

    private void Failed(string problem) =>
        JwksLog.FetchFailed(_logger, _provider, _url, problem, _current is null
            ? "no key set has been fetched yet, so its tokens are answered 503"
            : "kept the last key set");
}
