namespace Webhooks.Generator.Parsing;

/// <summary>Metadata names of the types the parser recognizes.</summary>
internal static class WellKnownNames
{
    public const string WebhookProviderAttribute = "Webhooks.WebhookProviderAttribute";
    public const string WebhookProviderDefinitionAttribute = "Webhooks.WebhookProviderDefinitionAttribute";
    public const string OnEventAttribute = "Webhooks.OnEventAttribute";
    public const string OnAnyEventAttribute = "Webhooks.OnAnyEventAttribute";
    public const string IgnoreEventsAttribute = "Webhooks.IgnoreEventsAttribute";
    public const string WebhookContractAttribute = "Webhooks.WebhookContractAttribute";
    public const string JsonElement = "System.Text.Json.JsonElement";
    public const string WebhookContext = "Webhooks.WebhookContext";
    public const string ContractsJsonContext = "Webhooks.WebhookContractsJsonContext";
    public const string CancellationToken = "System.Threading.CancellationToken";
    public const string Task = "System.Threading.Tasks.Task";
    public const string ValueTask = "System.Threading.Tasks.ValueTask";
    public const string JsonTypeInfoOfT = "System.Text.Json.Serialization.Metadata.JsonTypeInfo`1";
    public const string JsonSerializerContext = "System.Text.Json.Serialization.JsonSerializerContext";
    public const string JsonSerializableAttribute = "System.Text.Json.Serialization.JsonSerializableAttribute";
    public const string WebhookJsonContextAttribute = "Webhooks.WebhookJsonContextAttribute";
    public const string ReadOnlyMemory = "System.ReadOnlyMemory`1";
    public const string WebhookHandlerAssemblyAttribute = "Webhooks.Infrastructure.WebhookHandlerAssemblyAttribute";
}
