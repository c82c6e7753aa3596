using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Webhooks.Generator.Parsing;

/// <summary>
/// Which event types a handler method's <c>[OnEvent]</c> attributes name, shared by the generator (which dispatches
/// them) and the analyzers (which check its payload against them).
/// </summary>
internal static class EventTypeRules
{
    /// <summary>The event type an <c>[OnEvent]</c> attribute names; <c>null</c> for any other attribute or an empty name.</summary>
    public static string? Of(AttributeData attribute) =>
        SymbolNames.IsAttribute(attribute, WellKnownNames.OnEventAttribute) ? EventTypeOf(attribute) : null;

    /// <summary>As <see cref="Of(AttributeData)"/>, recognizing the attribute with <paramref name="onEvent"/>.</summary>
    public static string? Of(AttributeData attribute, NameMatch onEvent) =>
        onEvent.Matches(attribute.AttributeClass) ? EventTypeOf(attribute) : null;

    private static string? EventTypeOf(AttributeData attribute) =>
        attribute.ConstructorArguments.Length == 1
        && attribute.ConstructorArguments[0].Value is string { Length: > 0 } eventType
            ? eventType
            : null;

    /// <summary>Every event type the method's <c>[OnEvent]</c> attributes name.</summary>
    public static IEnumerable<string> Of(IMethodSymbol method) =>
        method.GetAttributes().Select(Of).Where(e => e is not null)!;
}
