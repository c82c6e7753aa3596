// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
// Source: Bitbucket Cloud's "Event payloads" page (https://support.atlassian.com/bitbucket-cloud/docs/event-payloads/):
// repository, pull request and issue events. The stored copies read here show the page's headers and first events
// only; the rest of the list follows the keys the page is known to use, not re-read line by line.
namespace Webhooks.Providers;

/// <summary>Bitbucket Cloud's webhook event keys (<c>X-Event-Key</c>).</summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
static class BitbucketEvents
{
    /// <summary>Every documented event type.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "repo:push",
        "repo:fork",
        "repo:updated",
        "repo:transfer",
        "repo:deleted",
        "repo:commit_comment_created",
        "repo:commit_status_created",
        "repo:commit_status_updated",
        "repo:imported",
        "issue:created",
        "issue:updated",
        "issue:comment_created",
        "pullrequest:created",
        "pullrequest:updated",
        "pullrequest:changes_request_created",
        "pullrequest:changes_request_removed",
        "pullrequest:approved",
        "pullrequest:unapproved",
        "pullrequest:fulfilled",
        "pullrequest:rejected",
        "pullrequest:comment_created",
        "pullrequest:comment_updated",
        "pullrequest:comment_deleted",
        "pullrequest:comment_resolved",
        "pullrequest:comment_reopened",
    ];
}
