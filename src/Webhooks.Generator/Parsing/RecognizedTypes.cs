using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Webhooks.Generator.Parsing;

/// <summary>
/// The types a handler class's transform recognizes by name, one <see cref="NameMatch"/> each, per compilation: every
/// class's transform then compares against symbols the ones before it already checked. Keyed by compilation, so a
/// remembered symbol never outlives it.
/// </summary>
internal sealed class RecognizedTypes
{
    private static readonly ConditionalWeakTable<Compilation, RecognizedTypes> PerCompilation = new();

    public NameMatch OnEventAttribute { get; } = new(WellKnownNames.OnEventAttribute);

    public NameMatch OnAnyEventAttribute { get; } = new(WellKnownNames.OnAnyEventAttribute);

    public NameMatch Task { get; } = new(WellKnownNames.Task);

    public NameMatch ValueTask { get; } = new(WellKnownNames.ValueTask);

    public NameMatch WebhookContext { get; } = new(WellKnownNames.WebhookContext);

    public NameMatch CancellationToken { get; } = new(WellKnownNames.CancellationToken);

    public NameMatch ReadOnlyMemory { get; } = new(WellKnownNames.ReadOnlyMemory);

    public static RecognizedTypes For(Compilation compilation) => PerCompilation.GetValue(compilation, static _ => new RecognizedTypes());
}
