using System.Text.Json;
using System.Text.Json.Serialization;

namespace Webhooks;

// Postmark's webhook payloads, from its webhook pages (https://postmarkapp.com/developer/webhooks/…): PascalCase members,
// ISO 8601 dates.
/// <summary>A Postmark <c>Bounce</c> (or <c>SpamComplaint</c>, which has the same shape) delivery.</summary>
[WebhookContract("postmark", Events = ["Bounce", "SpamComplaint"])]
public sealed class PostmarkBounce
{
    /// <summary>The record type, such as <c>Bounce</c>.</summary>
    [JsonPropertyName("RecordType")]
    public string RecordType { get; set; } = "";

    /// <summary>The bounce's id.</summary>
    [JsonPropertyName("ID")]
    public long Id { get; set; }

    /// <summary>The bounce type, such as <c>HardBounce</c>.</summary>
    [JsonPropertyName("Type")]
    public string? Type { get; set; }

    /// <summary>The bounce type's code, such as <c>1</c> for a hard bounce.</summary>
    [JsonPropertyName("TypeCode")]
    public int TypeCode { get; set; }

    /// <summary>The bounce type's name.</summary>
    [JsonPropertyName("Name")]
    public string? Name { get; set; }

    /// <summary>The message's tag.</summary>
    [JsonPropertyName("Tag")]
    public string? Tag { get; set; }

    /// <summary>The bounced message's id.</summary>
    [JsonPropertyName("MessageID")]
    public string? MessageId { get; set; }

    /// <summary>The server's id.</summary>
    [JsonPropertyName("ServerID")]
    public long? ServerId { get; set; }

    /// <summary>The message stream, such as <c>outbound</c>.</summary>
    [JsonPropertyName("MessageStream")]
    public string? MessageStream { get; set; }

    /// <summary>What the bounce means.</summary>
    [JsonPropertyName("Description")]
    public string? Description { get; set; }

    /// <summary>The receiving server's details.</summary>
    [JsonPropertyName("Details")]
    public string? Details { get; set; }

    /// <summary>The address that bounced.</summary>
    [JsonPropertyName("Email")]
    public string Email { get; set; } = "";

    /// <summary>The sender's address.</summary>
    [JsonPropertyName("From")]
    public string? From { get; set; }

    /// <summary>When it bounced.</summary>
    [JsonPropertyName("BouncedAt")]
    public DateTimeOffset? BouncedAt { get; set; }

    /// <summary>Whether the raw bounce can be fetched.</summary>
    [JsonPropertyName("DumpAvailable")]
    public bool DumpAvailable { get; set; }

    /// <summary>Whether the address was deactivated.</summary>
    [JsonPropertyName("Inactive")]
    public bool Inactive { get; set; }

    /// <summary>Whether it can be reactivated.</summary>
    [JsonPropertyName("CanActivate")]
    public bool CanActivate { get; set; }

    /// <summary>The message's subject.</summary>
    [JsonPropertyName("Subject")]
    public string? Subject { get; set; }

    /// <summary>The raw bounce, when asked for.</summary>
    [JsonPropertyName("Content")]
    public string? Content { get; set; }

    /// <summary>The metadata the message was sent with.</summary>
    [JsonPropertyName("Metadata")]
    public Dictionary<string, string>? Metadata { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A Postmark <c>Delivery</c> delivery.</summary>
[WebhookContract("postmark", Events = ["Delivery"])]
public sealed class PostmarkDelivery
{
    /// <summary>The record type, such as <c>Bounce</c>.</summary>
    [JsonPropertyName("RecordType")]
    public string RecordType { get; set; } = "";

    /// <summary>The server's id.</summary>
    [JsonPropertyName("ServerID")]
    public long? ServerId { get; set; }

    /// <summary>The message stream.</summary>
    [JsonPropertyName("MessageStream")]
    public string? MessageStream { get; set; }

    /// <summary>The message's id.</summary>
    [JsonPropertyName("MessageID")]
    public string MessageId { get; set; } = "";

    /// <summary>Who it was delivered to.</summary>
    [JsonPropertyName("Recipient")]
    public string Recipient { get; set; } = "";

    /// <summary>The message's tag.</summary>
    [JsonPropertyName("Tag")]
    public string? Tag { get; set; }

    /// <summary>When it was delivered.</summary>
    [JsonPropertyName("DeliveredAt")]
    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>The receiving server's answer.</summary>
    [JsonPropertyName("Details")]
    public string? Details { get; set; }

    /// <summary>The metadata the message was sent with.</summary>
    [JsonPropertyName("Metadata")]
    public Dictionary<string, string>? Metadata { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A Postmark <c>Open</c> delivery.</summary>
[WebhookContract("postmark", Events = ["Open"])]
public sealed class PostmarkOpen
{
    /// <summary>The record type, such as <c>Bounce</c>.</summary>
    [JsonPropertyName("RecordType")]
    public string RecordType { get; set; } = "";

    /// <summary>The message stream.</summary>
    [JsonPropertyName("MessageStream")]
    public string? MessageStream { get; set; }

    /// <summary>Whether this is the message's first open by this recipient.</summary>
    [JsonPropertyName("FirstOpen")]
    public bool FirstOpen { get; set; }

    /// <summary>The mail client (<c>Name</c>, <c>Company</c>, <c>Family</c>).</summary>
    [JsonPropertyName("Client")]
    public JsonElement? Client { get; set; }

    /// <summary>The operating system.</summary>
    [JsonPropertyName("OS")]
    public JsonElement? OS { get; set; }

    /// <summary><c>Desktop</c>, <c>Mobile</c>, <c>WebMail</c> or <c>Unknown</c>.</summary>
    [JsonPropertyName("Platform")]
    public string? Platform { get; set; }

    /// <summary>The user agent.</summary>
    [JsonPropertyName("UserAgent")]
    public string? UserAgent { get; set; }

    /// <summary>Where, roughly, by IP.</summary>
    [JsonPropertyName("Geo")]
    public JsonElement? Geo { get; set; }

    /// <summary>How long the message was read, in seconds.</summary>
    [JsonPropertyName("ReadSeconds")]
    public int? ReadSeconds { get; set; }

    /// <summary>The message's id.</summary>
    [JsonPropertyName("MessageID")]
    public string MessageId { get; set; } = "";

    /// <summary>When it was opened.</summary>
    [JsonPropertyName("ReceivedAt")]
    public DateTimeOffset? ReceivedAt { get; set; }

    /// <summary>The message's tag.</summary>
    [JsonPropertyName("Tag")]
    public string? Tag { get; set; }

    /// <summary>Who opened it.</summary>
    [JsonPropertyName("Recipient")]
    public string Recipient { get; set; } = "";

    /// <summary>The metadata the message was sent with.</summary>
    [JsonPropertyName("Metadata")]
    public Dictionary<string, string>? Metadata { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A Postmark <c>Click</c> delivery.</summary>
[WebhookContract("postmark", Events = ["Click"])]
public sealed class PostmarkClick
{
    /// <summary>The record type, such as <c>Bounce</c>.</summary>
    [JsonPropertyName("RecordType")]
    public string RecordType { get; set; } = "";

    /// <summary>The message stream.</summary>
    [JsonPropertyName("MessageStream")]
    public string? MessageStream { get; set; }

    /// <summary><c>HTML</c> or <c>Text</c>.</summary>
    [JsonPropertyName("ClickLocation")]
    public string? ClickLocation { get; set; }

    /// <summary>The mail client (<c>Name</c>, <c>Company</c>, <c>Family</c>).</summary>
    [JsonPropertyName("Client")]
    public JsonElement? Client { get; set; }

    /// <summary>The operating system.</summary>
    [JsonPropertyName("OS")]
    public JsonElement? OS { get; set; }

    /// <summary><c>Desktop</c>, <c>Mobile</c>, <c>WebMail</c> or <c>Unknown</c>.</summary>
    [JsonPropertyName("Platform")]
    public string? Platform { get; set; }

    /// <summary>The user agent.</summary>
    [JsonPropertyName("UserAgent")]
    public string? UserAgent { get; set; }

    /// <summary>Where, roughly, by IP.</summary>
    [JsonPropertyName("Geo")]
    public JsonElement? Geo { get; set; }

    /// <summary>The link clicked.</summary>
    [JsonPropertyName("OriginalLink")]
    public string OriginalLink { get; set; } = "";

    /// <summary>The message's id.</summary>
    [JsonPropertyName("MessageID")]
    public string MessageId { get; set; } = "";

    /// <summary>When it was clicked.</summary>
    [JsonPropertyName("ReceivedAt")]
    public DateTimeOffset? ReceivedAt { get; set; }

    /// <summary>The message's tag.</summary>
    [JsonPropertyName("Tag")]
    public string? Tag { get; set; }

    /// <summary>Who clicked.</summary>
    [JsonPropertyName("Recipient")]
    public string Recipient { get; set; } = "";

    /// <summary>The metadata the message was sent with.</summary>
    [JsonPropertyName("Metadata")]
    public Dictionary<string, string>? Metadata { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A Postmark <c>SubscriptionChange</c> delivery.</summary>
[WebhookContract("postmark", Events = ["SubscriptionChange"])]
public sealed class PostmarkSubscriptionChange
{
    /// <summary>The record type, such as <c>Bounce</c>.</summary>
    [JsonPropertyName("RecordType")]
    public string RecordType { get; set; } = "";

    /// <summary>The message the change came from, if any.</summary>
    [JsonPropertyName("MessageID")]
    public string? MessageId { get; set; }

    /// <summary>The server's id.</summary>
    [JsonPropertyName("ServerID")]
    public long? ServerId { get; set; }

    /// <summary>The message stream.</summary>
    [JsonPropertyName("MessageStream")]
    public string? MessageStream { get; set; }

    /// <summary>When it changed.</summary>
    [JsonPropertyName("ChangedAt")]
    public DateTimeOffset? ChangedAt { get; set; }

    /// <summary>Whose subscription changed.</summary>
    [JsonPropertyName("Recipient")]
    public string Recipient { get; set; } = "";

    /// <summary><c>Recipient</c>, <c>Customer</c> or <c>Admin</c>.</summary>
    [JsonPropertyName("Origin")]
    public string? Origin { get; set; }

    /// <summary>Whether sending to the recipient is now suppressed.</summary>
    [JsonPropertyName("SuppressSending")]
    public bool SuppressSending { get; set; }

    /// <summary>Why: <c>HardBounce</c>, <c>SpamComplaint</c> or <c>ManualSuppression</c>.</summary>
    [JsonPropertyName("SuppressionReason")]
    public string? SuppressionReason { get; set; }

    /// <summary>The message's tag.</summary>
    [JsonPropertyName("Tag")]
    public string? Tag { get; set; }

    /// <summary>The metadata the message was sent with.</summary>
    [JsonPropertyName("Metadata")]
    public Dictionary<string, string>? Metadata { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A message posted by Postmark's inbound webhook (dispatched as <c>Inbound</c>).</summary>
[WebhookContract("postmark", Events = ["Inbound"])]
public sealed class PostmarkInboundMessage
{
    /// <summary>The sender's display name.</summary>
    [JsonPropertyName("FromName")]
    public string? FromName { get; set; }

    /// <summary>The message stream, such as <c>inbound</c>.</summary>
    [JsonPropertyName("MessageStream")]
    public string? MessageStream { get; set; }

    /// <summary>The sender's address.</summary>
    [JsonPropertyName("From")]
    public string From { get; set; } = "";

    /// <summary>The sender.</summary>
    [JsonPropertyName("FromFull")]
    public PostmarkInboundAddress? FromFull { get; set; }

    /// <summary>The To header.</summary>
    [JsonPropertyName("To")]
    public string? To { get; set; }

    /// <summary>The recipients.</summary>
    [JsonPropertyName("ToFull")]
    public List<PostmarkInboundAddress>? ToFull { get; set; }

    /// <summary>The Cc header.</summary>
    [JsonPropertyName("Cc")]
    public string? Cc { get; set; }

    /// <summary>The copied recipients.</summary>
    [JsonPropertyName("CcFull")]
    public List<PostmarkInboundAddress>? CcFull { get; set; }

    /// <summary>The Bcc header.</summary>
    [JsonPropertyName("Bcc")]
    public string? Bcc { get; set; }

    /// <summary>The blind-copied recipients.</summary>
    [JsonPropertyName("BccFull")]
    public List<PostmarkInboundAddress>? BccFull { get; set; }

    /// <summary>The address Postmark received it for.</summary>
    [JsonPropertyName("OriginalRecipient")]
    public string? OriginalRecipient { get; set; }

    /// <summary>The subject.</summary>
    [JsonPropertyName("Subject")]
    public string? Subject { get; set; }

    /// <summary>The message's id.</summary>
    [JsonPropertyName("MessageID")]
    public string MessageId { get; set; } = "";

    /// <summary>The Reply-To header.</summary>
    [JsonPropertyName("ReplyTo")]
    public string? ReplyTo { get; set; }

    /// <summary>The part after <c>+</c> in the address it was sent to.</summary>
    [JsonPropertyName("MailboxHash")]
    public string? MailboxHash { get; set; }

    /// <summary>The Date header, in the sending server's format.</summary>
    [JsonPropertyName("Date")]
    public string? Date { get; set; }

    /// <summary>The plain-text body.</summary>
    [JsonPropertyName("TextBody")]
    public string? TextBody { get; set; }

    /// <summary>The HTML body.</summary>
    [JsonPropertyName("HtmlBody")]
    public string? HtmlBody { get; set; }

    /// <summary>Only the reply, when Postmark can tell it from the quoted text.</summary>
    [JsonPropertyName("StrippedTextReply")]
    public string? StrippedTextReply { get; set; }

    /// <summary>The tag, if any.</summary>
    [JsonPropertyName("Tag")]
    public string? Tag { get; set; }

    /// <summary>The other headers.</summary>
    [JsonPropertyName("Headers")]
    public List<PostmarkHeader>? Headers { get; set; }

    /// <summary>The attachments.</summary>
    [JsonPropertyName("Attachments")]
    public List<PostmarkAttachment>? Attachments { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>An address of a <see cref="PostmarkInboundMessage"/>.</summary>
public sealed class PostmarkInboundAddress
{
    /// <summary>The address.</summary>
    [JsonPropertyName("Email")]
    public string Email { get; set; } = "";

    /// <summary>The display name.</summary>
    [JsonPropertyName("Name")]
    public string? Name { get; set; }

    /// <summary>The part after <c>+</c> in the address, if any.</summary>
    [JsonPropertyName("MailboxHash")]
    public string? MailboxHash { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A header of a <see cref="PostmarkInboundMessage"/>.</summary>
public sealed class PostmarkHeader
{
    /// <summary>The header's name.</summary>
    [JsonPropertyName("Name")]
    public string Name { get; set; } = "";

    /// <summary>The header's value.</summary>
    [JsonPropertyName("Value")]
    public string? Value { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>An attachment of a <see cref="PostmarkInboundMessage"/>.</summary>
public sealed class PostmarkAttachment
{
    /// <summary>The file name.</summary>
    [JsonPropertyName("Name")]
    public string Name { get; set; } = "";

    /// <summary>The content, base64.</summary>
    [JsonPropertyName("Content")]
    public string? Content { get; set; }

    /// <summary>The MIME type.</summary>
    [JsonPropertyName("ContentType")]
    public string? ContentType { get; set; }

    /// <summary>The size in bytes.</summary>
    [JsonPropertyName("ContentLength")]
    public long? ContentLength { get; set; }

    /// <summary>The content id, for inline parts.</summary>
    [JsonPropertyName("ContentID")]
    public string? ContentId { get; set; }

    /// <summary>Members of the delivery that this type doesn't name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
