namespace Webhooks.Cli.Sending;

/// <summary>One send's result: the answer's status, or why there was none, and how long it took.</summary>
/// <param name="Status">The HTTP status, or <c>null</c> when no answer came.</param>
/// <param name="Answer">The status line ("200 OK") or the failure ("connection failed").</param>
/// <param name="Latency">From sending the request to reading the whole answer.</param>
/// <param name="Unreachable">Whether the app could not be reached at all.</param>
internal sealed record SendOutcome(int? Status, string Answer, TimeSpan Latency, bool Unreachable = false)
{
    public bool IsSuccess => Status is >= 200 and < 300;
}
