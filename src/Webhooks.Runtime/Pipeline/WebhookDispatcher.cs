using System.ComponentModel;

namespace Webhooks.Infrastructure;

/// <summary>Runs a generated handler class's dispatch for one verified delivery.</summary>
/// <param name="services">The request's scoped services, from which the handler class is resolved.</param>
/// <param name="context">The verified delivery.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate ValueTask<WebhookDispatchResult> WebhookDispatcher(IServiceProvider services, WebhookContext context);
