namespace Webhooks.Generator.Model;

/// <summary>A <c>[WebhookProvider]</c> class, reduced to what the emitters need: strings, enums and arrays only.</summary>
/// <param name="Namespace">The class's namespace, or <c>null</c> for the global namespace.</param>
/// <param name="ContainingTypes">The types the class is nested in, outermost first.</param>
/// <param name="ClassName">The class's own name, escaped if it is a keyword.</param>
/// <param name="FullyQualifiedName">The <c>global::</c>-qualified name.</param>
/// <param name="HintName">The generated file's stable name.</param>
/// <param name="ProviderName">The <c>[WebhookProvider]</c> name.</param>
/// <param name="Path">The <c>Path</c> named argument, if any.</param>
/// <param name="Via">The <c>Via</c> named argument (a forwarding provider), if any.</param>
/// <param name="Handlers">One entry per event type, its first usable method's, in source order.</param>
internal sealed record HandlerClassModel(
    string? Namespace,
    EquatableArray<ContainingTypeModel> ContainingTypes,
    string ClassName,
    string FullyQualifiedName,
    string HintName,
    string ProviderName,
    string? Path,
    string? Via,
    EquatableArray<EventHandlerModel> Handlers)
{
    /// <summary>The <c>[OnAnyEvent]</c> method, which the switch's <c>default</c> calls; its event type is empty.</summary>
    public EventHandlerModel? CatchAll { get; init; }

    /// <summary>The <c>Processing</c> named argument.</summary>
    public ProcessingMode Processing { get; init; }

    public RegistrationModel ToRegistration() => new(FullyQualifiedName, ProviderName, Path, Via, Processing, HandlesEveryEvent: CatchAll is not null);
}

/// <summary>A type that contains the handler class, declared again as <c>partial</c> around the generated members.</summary>
/// <param name="Keyword">The declaration keyword: <c>class</c>, <c>struct</c>, <c>record</c>, <c>record struct</c> or <c>interface</c>.</param>
/// <param name="Name">The type's name, escaped if it is a keyword.</param>
internal readonly record struct ContainingTypeModel(string Keyword, string Name);

/// <summary>A handler class as the aggregate <c>AddWebhooks()</c> needs it.</summary>
/// <param name="HandlesEveryEvent">The class has an <c>[OnAnyEvent]</c> method, so it has no <c>HandlesWebhookEvent</c>.</param>
internal sealed record RegistrationModel(string FullyQualifiedName, string ProviderName, string? Path, string? Via, ProcessingMode Processing, bool HandlesEveryEvent);
