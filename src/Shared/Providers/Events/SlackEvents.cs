// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
// Source: Slack's events reference (https://docs.slack.dev/reference/events), as scraped into
// slack-ruby/slack-api-ref (docs.slack.dev/events/events.json, 2026-08-20): every event marked as working with
// the Events API, plus channel_archive, channel_unarchive, group_archive and group_unarchive, which that scrape
// lost in 2025-10 (they are still Events API events and in slackapi/node-slack-sdk's @slack/types).
// Left out: RTM-only events; the subscription names message.app_home/channels/groups/im/mpim (their inner type
// is "message"); url_verification and app_rate_limited (outer types, see Envelopes); retired events
// (workflow_* of Steps from Apps, and resources_*, scope_*, user_resource_* of the ended workspace-apps
// preview), which node-slack-sdk still types. Message subtypes (bot_message, message_changed, ...) are
// values of event.subtype, not event.type.
namespace Webhooks.Providers;

/// <summary>Slack's Events API event types (the inner <c>event.type</c>) and outer envelope types.</summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
static class SlackEvents
{
    /// <summary>Every documented Events API event type (the inner <c>event.type</c>).</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "agent_session_stopped",
        "agent_session_title_changed",
        "app_context_changed",
        "app_deleted",
        "app_home_opened",
        "app_installed",
        "app_mention",
        "app_requested",
        "app_uninstalled",
        "app_uninstalled_team",
        "assistant_thread_context_changed",
        "assistant_thread_started",
        "call_rejected",
        "channel_archive",
        "channel_created",
        "channel_deleted",
        "channel_history_changed",
        "channel_id_changed",
        "channel_left",
        "channel_posting_permissions",
        "channel_rename",
        "channel_shared",
        "channel_unarchive",
        "channel_unshared",
        "dnd_updated",
        "dnd_updated_user",
        "email_domain_changed",
        "emoji_changed",
        "entity_comments_requested",
        "entity_details_requested",
        "file_change",
        "file_comment_added",
        "file_comment_deleted",
        "file_comment_edited",
        "file_created",
        "file_deleted",
        "file_public",
        "file_shared",
        "file_unshared",
        "function_executed",
        "grid_migration_finished",
        "grid_migration_started",
        "group_archive",
        "group_close",
        "group_deleted",
        "group_history_changed",
        "group_left",
        "group_open",
        "group_rename",
        "group_unarchive",
        "im_close",
        "im_created",
        "im_history_changed",
        "im_open",
        "invite_requested",
        "link_shared",
        "member_joined_channel",
        "member_left_channel",
        "message",
        "message_metadata_deleted",
        "message_metadata_posted",
        "message_metadata_updated",
        "pin_added",
        "pin_removed",
        "reaction_added",
        "reaction_removed",
        "shared_channel_invite_accepted",
        "shared_channel_invite_approved",
        "shared_channel_invite_declined",
        "shared_channel_invite_received",
        "shared_channel_invite_requested",
        "star_added",
        "star_removed",
        "subteam_created",
        "subteam_members_changed",
        "subteam_self_added",
        "subteam_self_removed",
        "subteam_updated",
        "team_access_granted",
        "team_access_revoked",
        "team_domain_change",
        "team_join",
        "team_rename",
        "tokens_revoked",
        "user_change",
        "user_connection",
        "user_huddle_changed",
        "user_profile_changed",
        "user_status_changed",
    ];

    /// <summary>The outer <c>type</c> of an Events API request.</summary>
    public static IReadOnlyList<string> Envelopes { get; } =
    [
        "app_rate_limited",
        "event_callback",
        "url_verification",
    ];
}
