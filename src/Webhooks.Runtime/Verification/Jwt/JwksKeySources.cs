using Microsoft.Extensions.Logging;

namespace Webhooks.Verification.Jwt;

/// <summary>
/// The application's JWKS fetchers (one per provider with a <c>JwksUrl</c>) and the one <see cref="HttpClient"/> they
/// share; the container disposes them when the application stops. Redirects are not followed: the keys come from the
/// configured URL, which start-up checked (https, or http to a loopback host), or not at all.
/// </summary>
internal sealed class JwksKeySources(TimeProvider clock, ILoggerFactory loggers) : IDisposable
{
    /// <summary>How long one fetch may take: a slow identity server must not hold requests waiting for it.</summary>
    public static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The largest JWKS read; a real one is a few kilobytes.</summary>
    public const int MaxJwksBytes = 512 * 1024;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, JwksKeySource> _sources = new(StringComparer.Ordinal);
    private HttpClient? _http;
    private bool _disposed;

    /// <summary>The fetcher of <paramref name="provider"/>'s keys from <paramref name="url"/>, started on first use.</summary>
    public JwksKeySource For(string provider, Uri url, IReadOnlyList<JwtAlgorithm> algorithms)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_sources.TryGetValue(provider, out var source))
            {
                _http ??= new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false })
                {
                    Timeout = FetchTimeout,
                    MaxResponseContentBufferSize = MaxJwksBytes,
                };
                source = new JwksKeySource(provider, url, algorithms, _http, clock, loggers.CreateLogger("Webhooks.Jwks"));
                _sources.Add(provider, source);
            }

            return source;
        }
    }

    /// <summary>The providers whose keys no fetch has brought since start-up, with their URLs: for the health check.</summary>
    public IReadOnlyList<(string Provider, Uri Url)> NeverFetched()
    {
        lock (_gate)
        {
            return [.. _sources.Where(s => s.Value.Current is null).Select(s => (s.Key, s.Value.Url)).OrderBy(s => s.Key, StringComparer.Ordinal)];
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var source in _sources.Values)
            {
                source.Dispose();
            }

            _disposed = true;
            _sources.Clear();
            _http?.Dispose();
            _http = null;
        }
    }
}
