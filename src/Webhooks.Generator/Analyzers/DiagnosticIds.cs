// Shared by source link with Webhooks.CodeFixes: the IDs and property names a code fix reads.
namespace Webhooks.Generator.Analyzers;

/// <summary>The stable, hand-assigned diagnostic IDs. Never reuse or renumber one.</summary>
internal static class DiagnosticIds
{
    public const string UnhandledEvents = "WHK0001";
    public const string UnknownEventType = "WHK0002";
    public const string DuplicateHandler = "WHK0003";
    public const string ClassNotPartial = "WHK0004";
    public const string ClassShapeNotSupported = "WHK0005";
    public const string HandlerMethodNotSupported = "WHK0006";
    public const string UnknownProvider = "WHK0007";
    public const string PayloadOfOtherProvider = "WHK0008";
    public const string DuplicateRoute = "WHK0009";
    public const string HandlerOutsideProviderClass = "WHK0010";
    public const string SeveralCatchAllHandlers = "WHK0011";
    public const string InvalidProviderDefinition = "WHK0012";
    public const string PayloadTypeNeedsJsonContext = "WHK0013";
    public const string PayloadDoesNotFitEvent = "WHK0014";
}

/// <summary>Keys of <c>Diagnostic.Properties</c> that the code fixes read.</summary>
internal static class DiagnosticProperties
{
    /// <summary>WHK0002, WHK0007: the nearest known name, which replaces the argument.</summary>
    public const string Suggestion = nameof(Suggestion);

    /// <summary>WHK0001: every unhandled event type, separated by <see cref="Separator"/>.</summary>
    public const string UnhandledEvents = nameof(UnhandledEvents);

    /// <summary>WHK0001: the fully qualified payload type for new stub handlers.</summary>
    public const string PayloadType = nameof(PayloadType);

    /// <summary>Event types contain no spaces.</summary>
    public const char Separator = ' ';
}
