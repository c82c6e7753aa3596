namespace Webhooks.Generator.Model;

/// <summary>What a handler method returns.</summary>
internal enum HandlerReturnKind
{
    Void,
    Task,
    ValueTask,
}
