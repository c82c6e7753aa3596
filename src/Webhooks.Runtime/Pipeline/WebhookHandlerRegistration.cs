using System.ComponentModel;
using Webhooks.Providers;

namespace Webhooks.Infrastructure;

/// <summary>Runs a generated handler class's dispatch for one verified delivery.</summary>
/// <param name="services">The request's scoped services, from which the handler class is resolved.</param>
/// <param name="context">The verified delivery.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate ValueTask<WebhookDispatchResult> WebhookDispatcher(IServiceProvider services, WebhookContext context);

/// <summary>What a generated dispatch did with a delivery.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum WebhookDispatchResult
{
    /// <summary>A handler ran and completed.</summary>
    Handled,

    /// <summary>The class has no handler for the event type; nothing ran.</summary>
    NotHandled,
}

/// <summary>
/// One handler class, as the generated <c>AddWebhooks()</c> registers it: its provider, its route, and its
/// generated dispatch. Generated code creates these; applications don't.
/// </summary>
/// <param name="Provider">The provider whose deliveries the class handles.</param>
/// <param name="HandlerType">The handler class, for messages.</param>
/// <param name="Path">The route from <c>[WebhookProvider(Path = …)]</c>, or <c>null</c> for the provider's default.</param>
/// <param name="Dispatch">The generated dispatch.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed record WebhookHandlerRegistration(ProviderDescriptor Provider, Type HandlerType, string? Path, WebhookDispatcher Dispatch)
{
    /// <summary>The provider that forwards the deliveries (<c>[WebhookProvider(Via = …)]</c>), whose signature is verified instead.</summary>
    public ProviderDescriptor? Via { get; init; }

    /// <summary>The processing the class's attribute asks for; <c>Webhooks:{provider}:Processing</c> wins over it.</summary>
    public WebhookProcessing Processing { get; init; }

    /// <summary>
    /// Whether the class has a handler for an event type (the generated <c>HandlesWebhookEvent</c>); <c>null</c> when it
    /// handles every event. A queued provider doesn't store what no handler takes.
    /// </summary>
    public Func<string, bool>? HandlesEvent { get; init; }

    /// <summary>The provider whose signature, secret and options apply: <see cref="Via"/> when forwarded.</summary>
    public ProviderDescriptor VerifyingProvider => Via ?? Provider;

    /// <summary>The route when neither configuration nor the attribute names one.</summary>
    public string DefaultPath => Via is { } via ? Provider.DefaultPathVia(via) : Provider.DefaultPath;
}
