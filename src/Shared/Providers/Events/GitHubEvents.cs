// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
// Source: GitHub's "Webhook events and payloads" (https://docs.github.com/webhooks/webhook-events-and-payloads),
// as machine-read from GitHub's OpenAPI webhook descriptions (github/rest-api-description) by
// octokit/openapi-webhooks, packages openapi-webhooks-types (github.com) and openapi-webhooks-types-ghec
// (GitHub Enterprise Cloud), 2025-12-03. Event names are X-GitHub-Event values (the operationId prefix).
// Six names are documented for GitHub Enterprise Cloud only: dismissal_request_code_scanning,
// dismissal_request_secret_scanning, exemption_request_push_ruleset, exemption_request_secret_scanning,
// organization_custom_property, organization_custom_property_values. GitHub adds events often; a newer page
// may list more. Actions-only triggers (schedule, workflow_call, ...) are not webhook events.
namespace Webhooks.Providers;

/// <summary>GitHub's webhook event names (<c>X-GitHub-Event</c>), from its webhook events and payloads reference.</summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
static class GitHubEvents
{
    /// <summary>Every documented event name.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "branch_protection_configuration",
        "branch_protection_rule",
        "check_run",
        "check_suite",
        "code_scanning_alert",
        "commit_comment",
        "create",
        "custom_property",
        "custom_property_values",
        "delete",
        "dependabot_alert",
        "deploy_key",
        "deployment",
        "deployment_protection_rule",
        "deployment_review",
        "deployment_status",
        "discussion",
        "discussion_comment",
        "dismissal_request_code_scanning",
        "dismissal_request_secret_scanning",
        "exemption_request_push_ruleset",
        "exemption_request_secret_scanning",
        "fork",
        "github_app_authorization",
        "gollum",
        "installation",
        "installation_repositories",
        "installation_target",
        "issue_comment",
        "issue_dependencies",
        "issues",
        "label",
        "marketplace_purchase",
        "member",
        "membership",
        "merge_group",
        "meta",
        "milestone",
        "org_block",
        "organization",
        "organization_custom_property",
        "organization_custom_property_values",
        "package",
        "page_build",
        "personal_access_token_request",
        "ping",
        "project",
        "project_card",
        "project_column",
        "projects_v2",
        "projects_v2_item",
        "projects_v2_status_update",
        "public",
        "pull_request",
        "pull_request_review",
        "pull_request_review_comment",
        "pull_request_review_thread",
        "push",
        "registry_package",
        "release",
        "repository",
        "repository_advisory",
        "repository_dispatch",
        "repository_import",
        "repository_ruleset",
        "repository_vulnerability_alert",
        "secret_scanning_alert",
        "secret_scanning_alert_location",
        "secret_scanning_scan",
        "security_advisory",
        "security_and_analysis",
        "sponsorship",
        "star",
        "status",
        "sub_issues",
        "team",
        "team_add",
        "watch",
        "workflow_dispatch",
        "workflow_job",
        "workflow_run",
    ];
}
