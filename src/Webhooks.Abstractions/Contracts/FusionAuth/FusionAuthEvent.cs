using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>A FusionAuth webhook delivery: <c>{"event": {…}}</c>.</summary>
[WebhookContract("fusionauth")]
public sealed class FusionAuthEvent
{
    /// <summary>The event.</summary>
    [JsonPropertyName("event")]
    public FusionAuthEventData Event { get; set; } = new();
}

/// <summary>
/// The <c>event</c> of a FusionAuth delivery: its common members, the user when the event is about one, and the
/// event-specific rest (registration, group, entity, …) in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed class FusionAuthEventData
{
    /// <summary>The event's unique id; the same on retries.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>The event type, such as <c>user.create</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "";

    /// <summary>When the event happened, in unix milliseconds.</summary>
    [JsonPropertyName("createInstant")]
    public long CreateInstant { get; set; }

    /// <summary>The tenant the event belongs to.</summary>
    [JsonPropertyName("tenantId")]
    public string? TenantId { get; set; }

    /// <summary>The application, for events about one (registrations, logins).</summary>
    [JsonPropertyName("applicationId")]
    public string? ApplicationId { get; set; }

    /// <summary>The object the event is linked to, such as the user's id.</summary>
    [JsonPropertyName("linkedObjectId")]
    public string? LinkedObjectId { get; set; }

    /// <summary>Where the request that caused the event came from (<c>ipAddress</c>, <c>userAgent</c>, …).</summary>
    [JsonPropertyName("info")]
    public JsonElement? Info { get; set; }

    /// <summary>The user, for <c>user.*</c> events.</summary>
    [JsonPropertyName("user")]
    public FusionAuthUser? User { get; set; }

    /// <summary>The registration, for <c>user.registration.*</c> events.</summary>
    [JsonPropertyName("registration")]
    public JsonElement? Registration { get; set; }

    /// <summary>Members this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A FusionAuth user, as events carry it.</summary>
public sealed class FusionAuthUser
{
    /// <summary>The user's id.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>The user's email address.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    /// <summary>The user's username.</summary>
    [JsonPropertyName("username")]
    public string? Username { get; set; }

    /// <summary>The user's first name.</summary>
    [JsonPropertyName("firstName")]
    public string? FirstName { get; set; }

    /// <summary>The user's last name.</summary>
    [JsonPropertyName("lastName")]
    public string? LastName { get; set; }

    /// <summary>Whether the user is active.</summary>
    [JsonPropertyName("active")]
    public bool Active { get; set; }

    /// <summary>Whether the user's email address is verified.</summary>
    [JsonPropertyName("verified")]
    public bool Verified { get; set; }

    /// <summary>The user's tenant.</summary>
    [JsonPropertyName("tenantId")]
    public string? TenantId { get; set; }

    /// <summary>When the user was created, in unix milliseconds.</summary>
    [JsonPropertyName("insertInstant")]
    public long? InsertInstant { get; set; }

    /// <summary>The user's custom data.</summary>
    [JsonPropertyName("data")]
    public JsonElement? Data { get; set; }

    /// <summary>Members this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
