using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

/// <summary>
/// A Clerk webhook: <see cref="Type"/> and the user, session or organization in <see cref="Data"/>;
/// <see cref="GetUser"/> reads the user of a <c>user.created</c> or <c>user.updated</c> event.
/// </summary>
[WebhookContract("clerk")]
public sealed class ClerkEvent
{
    /// <summary>The event type, such as <c>user.created</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "";

    /// <summary>Always <c>event</c>.</summary>
    [JsonPropertyName("object")]
    public string? Object { get; set; }

    /// <summary>When the event happened, in Unix milliseconds.</summary>
    [JsonPropertyName("timestamp")]
    public long? Timestamp { get; set; }

    /// <summary>The Clerk instance, such as <c>ins_…</c>.</summary>
    [JsonPropertyName("instance_id")]
    public string? InstanceId { get; set; }

    /// <summary>The object the event is about.</summary>
    [JsonPropertyName("data")]
    public JsonElement? Data { get; set; }

    /// <summary>Members of the delivery that this type doesn't name (<c>event_attributes</c>, …).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>The user in <see cref="Data"/>, or <c>null</c> if it isn't an object.</summary>
    /// <exception cref="JsonException">The data doesn't fit <see cref="ClerkUser"/>.</exception>
    public ClerkUser? GetUser() =>
        Data is { ValueKind: JsonValueKind.Object } data ? data.Deserialize(WebhookContractsJsonContext.Default.ClerkUser) : null;
}

/// <summary>A Clerk user (the SDK's <c>UserJSON</c>); for <c>user.deleted</c>, only <see cref="Id"/> and <c>deleted</c>.</summary>
public sealed class ClerkUser
{
    /// <summary>The user's id, such as <c>user_…</c>.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>The first name.</summary>
    [JsonPropertyName("first_name")]
    public string? FirstName { get; set; }

    /// <summary>The last name.</summary>
    [JsonPropertyName("last_name")]
    public string? LastName { get; set; }

    /// <summary>The username.</summary>
    [JsonPropertyName("username")]
    public string? Username { get; set; }

    /// <summary>The id of the primary entry of <see cref="EmailAddresses"/>.</summary>
    [JsonPropertyName("primary_email_address_id")]
    public string? PrimaryEmailAddressId { get; set; }

    /// <summary>The user's email addresses.</summary>
    [JsonPropertyName("email_addresses")]
    public List<ClerkEmailAddress>? EmailAddresses { get; set; }

    /// <summary>When the user was created, in Unix milliseconds.</summary>
    [JsonPropertyName("created_at")]
    public long? CreatedAt { get; set; }

    /// <summary>When the user was last updated, in Unix milliseconds.</summary>
    [JsonPropertyName("updated_at")]
    public long? UpdatedAt { get; set; }

    /// <summary>Members that this type doesn't name (metadata, phone numbers, …).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>An entry of <see cref="ClerkUser.EmailAddresses"/>.</summary>
public sealed class ClerkEmailAddress
{
    /// <summary>The entry's id, such as <c>idn_…</c>.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>The address.</summary>
    [JsonPropertyName("email_address")]
    public string EmailAddress { get; set; } = "";
}
