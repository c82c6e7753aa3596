using Microsoft.CodeAnalysis;

namespace Webhooks.Generator.Analyzers;

/// <summary>
/// Every diagnostic the Webhooks analyzers report: one table, so that IDs, severities and help pages are
/// reviewed together. Each ID has a page at docs/diagnostics/{ID}.md; release tracking in AnalyzerReleases.*.md.
/// </summary>
internal static class DiagnosticDescriptors
{
    public const string Category = "Webhooks";
    private const string HelpBase = "https://github.com/webhooks-dotnet/webhooks/blob/main/docs/diagnostics/";

    // Info, so that a new class with one handler is not drowned in warnings; raise it in .editorconfig.
    public static readonly DiagnosticDescriptor UnhandledEvents = Create(
        DiagnosticIds.UnhandledEvents,
        "Known events of the provider are not handled",
        "'{0}' does not handle {1} of {2}'s known events: {3}. Add [OnEvent] handlers, an [OnAnyEvent] catch-all, or list the events left out on purpose in [IgnoreEvents(...)].",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor UnknownEventType = Create(
        DiagnosticIds.UnknownEventType,
        "Unknown event type",
        "'{0}' is not an event type of provider '{1}', so it never matches a delivery. {2}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateHandler = Create(
        DiagnosticIds.DuplicateHandler,
        "Event type handled twice",
        "'{0}' is already handled by '{1}', and the generated dispatch calls only that method. Remove this [OnEvent] or merge the two handlers.",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ClassNotPartial = Create(
        DiagnosticIds.ClassNotPartial,
        "Webhook handler class must be partial",
        "'{0}' is not partial, so the generator can't add the dispatch of webhook handler class '{1}' and it is never registered. Declare '{0}' partial.",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ClassShapeNotSupported = Create(
        DiagnosticIds.ClassShapeNotSupported,
        "Webhook handler class can't be static, abstract, generic or a record",
        "'{0}' can't be a webhook handler class because {1}, and it is never registered. Make it a non-generic, non-abstract, non-static partial class.",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor HandlerMethodNotSupported = Create(
        DiagnosticIds.HandlerMethodNotSupported,
        "Handler method can't be called",
        "The generated dispatch can't call '{0}': {1}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownProvider = Create(
        DiagnosticIds.UnknownProvider,
        "Unknown webhook provider",
        "'{0}' is neither a built-in webhook provider nor declared with [assembly: WebhookProviderDefinition(\"{0}\", ...)], so the application fails at start-up. {1}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor PayloadOfOtherProvider = Create(
        DiagnosticIds.PayloadOfOtherProvider,
        "Payload type of another provider",
        "Parameter '{0}' takes '{1}', the payload of provider '{2}', but '{3}' receives '{4}' deliveries. Take JsonElement or a contract of '{4}'.",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateRoute = Create(
        DiagnosticIds.DuplicateRoute,
        "Two webhook handler classes on one route",
        "'{0}' and '{1}' are both mapped to '{2}', so the application fails at start-up. Give one of them its own route with [WebhookProvider(\"...\", Path = \"/webhooks/...\")].",
        DiagnosticSeverity.Error,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor HandlerOutsideProviderClass = Create(
        DiagnosticIds.HandlerOutsideProviderClass,
        "Handler attribute outside a webhook handler class",
        "'{0}' has [{1}], but '{2}' has no [WebhookProvider], so nothing calls it. Add [WebhookProvider(\"...\")] to '{2}' or remove the attribute.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor SeveralCatchAllHandlers = Create(
        DiagnosticIds.SeveralCatchAllHandlers,
        "More than one catch-all handler",
        "'{0}' already has the catch-all handler '{1}', and a class has at most one. Remove [OnAnyEvent] from '{2}'.",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidProviderDefinition = Create(
        DiagnosticIds.InvalidProviderDefinition,
        "Invalid webhook provider definition",
        "{0}",
        DiagnosticSeverity.Error,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor PayloadTypeNeedsJsonContext = Create(
        DiagnosticIds.PayloadTypeNeedsJsonContext,
        "Payload type needs its own JSON metadata",
        "The generated dispatch can't call '{0}': the generator can't write JSON metadata for '{1}', because {2}. Change the type, or list it with [JsonSerializable(typeof({1}))] on a JsonSerializerContext and name that context with [WebhookJsonContext(typeof(...))] on '{3}' or the assembly.",
        DiagnosticSeverity.Error);

    // A warning: the payload may happen to deserialize, but the handler reads members the event doesn't have.
    public static readonly DiagnosticDescriptor PayloadDoesNotFitEvent = Create(
        DiagnosticIds.PayloadDoesNotFitEvent,
        "Payload type doesn't fit the event",
        "Parameter '{0}' takes '{1}', which {2}. Take {3}.",
        DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, params string[] tags) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id + ".md", customTags: tags);
}
