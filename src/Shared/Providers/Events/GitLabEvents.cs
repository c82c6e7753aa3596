// Shared by source link with Webhooks.Generator.
// Source: GitLab's "Webhook events" (doc/user/project/integrations/webhook_events.md, gitlab-org/gitlab, read at
// 017a6c129d6a9e4ad9fec792cd84f88641d7dbfe): the X-Gitlab-Event values of project and group webhooks; Member, Project
// and Subgroup Hook are group webhooks only. Confidential Issue Hook and Confidential Note Hook are sent for the
// hook's confidential_issues_events / confidential_note_events settings. System hooks (System Hook) are an instance
// administrator's feature with other payloads, and are not listed.
namespace Webhooks.Providers;

/// <summary>GitLab's webhook event types (the <c>X-Gitlab-Event</c> header), from its webhook events reference.</summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
static class GitLabEvents
{
    /// <summary>Every documented event type.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "Push Hook",
        "Tag Push Hook",
        "Issue Hook",
        "Confidential Issue Hook",
        "Note Hook",
        "Confidential Note Hook",
        "Merge Request Hook",
        "Wiki Page Hook",
        "Pipeline Hook",
        "Job Hook",
        "Deployment Hook",
        "Feature Flag Hook",
        "Release Hook",
        "Milestone Hook",
        "Emoji Hook",
        "Resource Access Token Hook",
        "Vulnerability Hook",
        "Member Hook",
        "Project Hook",
        "Subgroup Hook",
    ];
}
