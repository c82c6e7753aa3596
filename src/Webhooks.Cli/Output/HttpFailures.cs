using System.Net.Http;

namespace Webhooks.Cli.Output;

/// <summary>Turns a failed HTTP call into the tool's errors: nothing listening, or no answer in time, is exit code 3.</summary>
internal static class HttpFailures
{
    /// <summary>Whether the exception means the app could not be reached (refused, unresolvable, no TLS, or timed out).</summary>
    public static bool IsUnreachable(Exception exception) => exception switch
    {
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError } => true,
        TaskCanceledException { InnerException: TimeoutException } => true,
        _ => false,
    };

    /// <summary>A short description of a failed call, for a message or a burst's summary.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        TaskCanceledException { InnerException: TimeoutException } => "no answer in time",
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } http => "connection failed" + Detail(http),
        HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError } => "host not found",
        HttpRequestException http => http.HttpRequestError.ToString() + Detail(http),
        _ => exception.GetType().Name + ": " + exception.Message,
    };

    /// <summary>The exception to throw for a call to <paramref name="url"/> that failed with <paramref name="exception"/>.</summary>
    public static Exception Wrap(Exception exception, string url, string hint) => IsUnreachable(exception)
        ? new AppUnreachableException($"could not reach {url} ({Describe(exception)}). {hint}", exception)
        : new CliFailureException($"{url} failed: {Describe(exception)}.");

    private static string Detail(HttpRequestException exception) =>
        exception.InnerException is { Message: { Length: > 0 } message } ? ": " + message : "";
}
