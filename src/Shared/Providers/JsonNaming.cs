// Compiled into Webhooks.Runtime (public) and Webhooks.Generator (internal), like ProviderDescriptor.cs.
namespace Webhooks.Providers;

/// <summary>
/// How a provider names the members of its JSON, so that the generated metadata reads a payload property <c>CreatedAt</c>
/// as <c>created_at</c> from OpenAI and <c>createdAt</c> from Vercel. <c>[JsonPropertyName]</c> on a property always wins.
/// </summary>
/// <remarks>The members are named as the <c>System.Text.Json.JsonNamingPolicy</c> properties that generated code uses.</remarks>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
enum JsonNaming
{
    /// <summary>camelCase: a property <c>CreatedAt</c> reads <c>createdAt</c>.</summary>
    CamelCase,

    /// <summary>snake_case: a property <c>CreatedAt</c> reads <c>created_at</c>.</summary>
    SnakeCaseLower,

    /// <summary>No policy: a property reads the member of its own CLR name.</summary>
    None,
}
