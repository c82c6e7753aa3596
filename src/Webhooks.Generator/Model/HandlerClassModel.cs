namespace Webhooks.Generator.Model;

/// <summary>A <c>[WebhookProvider]</c> class, reduced to what the emitters need: strings, enums and arrays only.</summary>
internal sealed record HandlerClassModel
{
    /// <summary>The class's namespace, or <c>null</c> for the global namespace.</summary>
    public required string? Namespace { get; init; }

    /// <summary>The types the class is nested in, outermost first.</summary>
    public required EquatableArray<ContainingTypeModel> ContainingTypes { get; init; }

    /// <summary>The class's own name, escaped if it is a keyword.</summary>
    public required string ClassName { get; init; }

    /// <summary>The <c>global::</c>-qualified name.</summary>
    public required string FullyQualifiedName { get; init; }

    /// <summary>The generated file's stable name.</summary>
    public required string HintName { get; init; }

    /// <summary>The <c>[WebhookProvider]</c> name.</summary>
    public required string ProviderName { get; init; }

    /// <summary>The <c>Path</c> named argument, if any.</summary>
    public string? Path { get; init; }

    /// <summary>The <c>Via</c> named argument (a forwarding provider), if any.</summary>
    public string? Via { get; init; }

    /// <summary>One entry per event type, its first usable method's, in source order.</summary>
    public required EquatableArray<EventHandlerModel> Handlers { get; init; }

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
