using Microsoft.Extensions.Configuration;

namespace Webhooks.Hosting;

/// <summary>The configuration <c>AddWebhooks</c> was given, kept for binding provider options.</summary>
internal sealed record WebhooksConfiguration(IConfiguration Root);
