// Compiled into Webhooks.Runtime and Webhooks.Generator, like BuiltInProviders.cs.
namespace Webhooks.Providers;

static partial class BuiltInProviders
{
    /// <summary>
    /// Deepgram callbacks: HTTP Basic credentials on the callback URL (Deepgram signs nothing; <c>dg-token</c> is retired);
    /// every callback is the event <c>callback</c>, deduplicated on <c>$.metadata.request_id</c>.
    /// </summary>
    public static ProviderDescriptor Deepgram { get; } = new()
    {
        Name = "deepgram",
        UsernameEnvironmentVariable = "DEEPGRAM_CALLBACK_USERNAME",
        SecretEnvironmentVariable = "DEEPGRAM_CALLBACK_PASSWORD",
        Scheme = SignatureScheme.HttpBasic,
        SecretEncoding = SecretEncoding.Utf8,
        EventType = ValueSource.Constant(DeepgramEvents.Callback),
        IdempotencyKeys = [ValueSource.Json("metadata.request_id")],
        KnownEvents = DeepgramEvents.All,
        JsonNaming = JsonNaming.SnakeCaseLower,
    };
}
