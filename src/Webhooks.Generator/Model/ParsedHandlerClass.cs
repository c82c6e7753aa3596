namespace Webhooks.Generator.Model;

/// <summary>What the parser reads from one <c>[WebhookProvider]</c> class: its dispatch, and the JSON metadata its payloads need.</summary>
/// <param name="Class">The class's dispatch model.</param>
/// <param name="Json">The payload types the generator writes metadata for, and the naming policies they are read with.</param>
internal sealed record ParsedHandlerClass(HandlerClassModel Class, JsonPayloadsModel Json);
