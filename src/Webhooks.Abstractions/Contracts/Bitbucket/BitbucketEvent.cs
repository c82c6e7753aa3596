using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>
/// A Bitbucket Cloud webhook: who did it and in which repository; the event's own part (<c>push</c>,
/// <c>pullrequest</c>, <c>issue</c>, …) stays JSON, and <see cref="GetPullRequest"/> reads a pull request.
/// </summary>
[WebhookContract("bitbucket")]
public sealed class BitbucketEvent
{
    /// <summary>The account that caused the event.</summary>
    [JsonPropertyName("actor")]
    public BitbucketAccount? Actor { get; set; }

    /// <summary>The repository.</summary>
    [JsonPropertyName("repository")]
    public BitbucketRepository? Repository { get; set; }

    /// <summary>For <c>repo:push</c>: the changes (<c>push.changes</c>).</summary>
    [JsonPropertyName("push")]
    public JsonElement? Push { get; set; }

    /// <summary>For <c>pullrequest:*</c>: the pull request.</summary>
    [JsonPropertyName("pullrequest")]
    public JsonElement? PullRequest { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>The pull request in <see cref="PullRequest"/>, or <c>null</c> if there is none.</summary>
    /// <exception cref="JsonException">It doesn't fit <see cref="BitbucketPullRequest"/>.</exception>
    public BitbucketPullRequest? GetPullRequest() =>
        PullRequest is { ValueKind: JsonValueKind.Object } pr ? pr.Deserialize(WebhookContractsJsonContext.Default.BitbucketPullRequest) : null;
}

/// <summary>A Bitbucket account (user or team).</summary>
public sealed class BitbucketAccount
{
    /// <summary>The account's UUID, in braces.</summary>
    [JsonPropertyName("uuid")]
    public string? Uuid { get; set; }

    /// <summary>The display name.</summary>
    [JsonPropertyName("display_name")]
    public string? DisplayName { get; set; }

    /// <summary>The Atlassian account id.</summary>
    [JsonPropertyName("account_id")]
    public string? AccountId { get; set; }
}

/// <summary>A Bitbucket repository.</summary>
public sealed class BitbucketRepository
{
    /// <summary>The repository's UUID, in braces.</summary>
    [JsonPropertyName("uuid")]
    public string? Uuid { get; set; }

    /// <summary><c>workspace/slug</c>, such as <c>acme/widgets</c>.</summary>
    [JsonPropertyName("full_name")]
    public string FullName { get; set; } = "";

    /// <summary>The name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Whether it is private.</summary>
    [JsonPropertyName("is_private")]
    public bool? IsPrivate { get; set; }
}

/// <summary>A Bitbucket pull request.</summary>
public sealed class BitbucketPullRequest
{
    /// <summary>Its number in the repository.</summary>
    [JsonPropertyName("id")]
    public long Id { get; set; }

    /// <summary>The title.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; set; }

    /// <summary><c>OPEN</c>, <c>MERGED</c>, <c>DECLINED</c> or <c>SUPERSEDED</c>.</summary>
    [JsonPropertyName("state")]
    public string? State { get; set; }

    /// <summary>The author.</summary>
    [JsonPropertyName("author")]
    public BitbucketAccount? Author { get; set; }

    /// <summary>Members that this type doesn't name (<c>source</c>, <c>destination</c>, <c>links</c>, …).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
