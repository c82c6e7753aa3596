using Microsoft.Extensions.Logging;

namespace Webhooks.Logging;

/// <summary>The JWKS fetches' log events (<c>JwksUrl</c>). They name the URL and the problem, never key material.</summary>
internal static partial class JwksLog
{
    [LoggerMessage(201, LogLevel.Information, "Fetched the {Provider} JWKS from {Url}: {Count} usable keys")]
    public static partial void Fetched(ILogger logger, string provider, Uri url, int count);

    [LoggerMessage(202, LogLevel.Warning, "Could not fetch the {Provider} JWKS from {Url}: {Problem}; {Kept}")]
    public static partial void FetchFailed(ILogger logger, string provider, Uri url, string problem, string kept);

    [LoggerMessage(203, LogLevel.Warning, "Skipped a key of the {Provider} JWKS from {Url}: {Problem}")]
    public static partial void KeySkipped(ILogger logger, string provider, Uri url, string problem);
}
