namespace Webhooks.Generator.Model;

/// <summary>The generator's copy of <c>Webhooks.WebhookProcessing</c> (the generator can't reference the runtime); same values.</summary>
internal enum ProcessingMode
{
    Inline = 0,
    Queued = 1,
}
