using System;
using System.Collections.Generic;

namespace Webhooks.Generator.Parsing;

/// <summary>
/// The naming policy a provider's JSON uses, so that a payload property <c>CreatedAt</c> reads <c>created_at</c>
/// from OpenAI and <c>createdAt</c> from Vercel. <c>[JsonPropertyName]</c> on a property always wins. Values are
/// names of <c>System.Text.Json.JsonNamingPolicy</c> members, or <see cref="None"/> for the CLR names as they are.
/// </summary>
internal static class JsonNamingPolicies
{
    public const string SnakeCaseLower = nameof(SnakeCaseLower);
    public const string CamelCase = nameof(CamelCase);
    public const string None = nameof(None);

    /// <summary>Providers not listed here (custom providers, <c>generic</c>, <c>standard-webhooks</c>) use camelCase.</summary>
    public const string Default = CamelCase;

    private static readonly Dictionary<string, string> ByProvider = new(StringComparer.Ordinal)
    {
        ["openai"] = SnakeCaseLower,
        ["stripe"] = SnakeCaseLower,
        ["slack"] = SnakeCaseLower,
        ["github"] = SnakeCaseLower,
        ["shopify"] = SnakeCaseLower,
        ["replicate"] = SnakeCaseLower,
        ["hookdeck"] = SnakeCaseLower,
        ["gitlab"] = SnakeCaseLower,
        ["chargebee"] = SnakeCaseLower,
        ["deepgram"] = SnakeCaseLower,
        ["vercel"] = CamelCase,
        ["openfx"] = CamelCase,
        ["generic"] = CamelCase,
        ["standard-webhooks"] = CamelCase,

        // Twilio posts forms with PascalCase keys (MessageSid, CallStatus); its JSON (Event Streams) is camelCase,
        // but a handler that reads a Twilio body as JSON reads whatever the sender wrote: keep the CLR names.
        ["twilio"] = None,

        // Postmark writes PascalCase (RecordType, MessageID, DeliveredAt): the CLR names are Postmark's own.
        ["postmark"] = None,
    };

    public static string For(string? provider) =>
        provider is not null && ByProvider.TryGetValue(provider, out var policy) ? policy : Default;
}
