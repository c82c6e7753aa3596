using System.Collections.Generic;
using System.Linq;
using Webhooks.Generator.Model;
using Webhooks.Providers;

namespace Webhooks.Generator.Emitting;

/// <summary>Emits the assembly's <c>AddWebhooks()</c> and <c>MapWebhooks()</c> over all its handler classes.</summary>
internal static class RegistrationEmitter
{
    public const string HintName = "Webhooks.Registration.g.cs";

    public static string Emit(EquatableArray<RegistrationModel> registrations, EquatableArray<CustomProviderModel> customProviders)
    {
        var writer = GeneratedCode.NewFile();

        // The extension classes live in the namespaces ASP.NET Core apps import implicitly.
        writer.Open("namespace Microsoft.Extensions.DependencyInjection");
        writer.Line("/// <summary>Registers this assembly's webhook handler classes.</summary>");
        writer.Line(GeneratedCode.Attribute);
        writer.Open("internal static class GeneratedWebhooksServiceCollectionExtensions");
        foreach (var provider in customProviders)
        {
            CustomProviderEmitter.WriteField(writer, provider);
            writer.Line();
        }

        writer.Line("/// <summary>Adds the webhook runtime and every <c>[WebhookProvider]</c> class of this assembly, with provider options bound from <c>Webhooks:{provider}</c>.</summary>");
        writer.Open(
            "public static global::Webhooks.Hosting.WebhooksBuilder AddWebhooks(" +
            "this global::Microsoft.Extensions.DependencyInjection.IServiceCollection services, " +
            "global::Microsoft.Extensions.Configuration.IConfiguration configuration)");
        writer.Line("var webhooks = global::Webhooks.Hosting.WebhooksServiceCollectionExtensions.AddWebhooksRuntime(services, configuration);");
        foreach (var registration in registrations)
        {
            WriteRegistration(writer, registration, customProviders);
        }

        writer.Line("return webhooks;");
        writer.Close().Close().Close();
        writer.Line();

        writer.Open("namespace Microsoft.AspNetCore.Builder");
        writer.Line("/// <summary>Maps this assembly's webhook handler classes to their routes.</summary>");
        writer.Line(GeneratedCode.Attribute);
        writer.Open("internal static class GeneratedWebhooksEndpointRouteBuilderExtensions");
        writer.Line("/// <summary>Maps <c>POST</c> on each handler class's route (by default <c>/webhooks/{provider}</c>) and validates provider options.</summary>");
        writer.Line(
            "public static global::Microsoft.AspNetCore.Routing.RouteGroupBuilder MapWebhooks(" +
            "this global::Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints) =>");
        writer.Line("    global::Webhooks.Hosting.WebhooksEndpointRouteBuilderExtensions.MapWebhookHandlers(endpoints);");
        writer.Close().Close();
        return writer.ToString();
    }

    private static void WriteRegistration(SourceWriter writer, RegistrationModel registration, EquatableArray<CustomProviderModel> customProviders)
    {
        var type = registration.FullyQualifiedName;
        var provider = ProviderExpression(registration.ProviderName, registration, customProviders);
        var path = registration.Path is null ? "null" : GeneratedCode.Literal(registration.Path);
        writer.Line($"global::Webhooks.Hosting.WebhooksServiceCollectionExtensions.AddWebhookHandler<{type}>(services,");
        var creation = $"    new global::Webhooks.WebhookHandlerRegistration({provider}, typeof({type}), {path}, {type}.{HandlerClassEmitter.DispatchMethodName})";
        var properties = new List<string>();
        if (registration.Via is { } via)
        {
            properties.Add($"Via = {ProviderExpression(via, registration, customProviders)}");
        }

        if (registration.Processing == ProcessingMode.Queued)
        {
            properties.Add("Processing = global::Webhooks.WebhookProcessing.Queued");
        }

        if (!registration.HandlesEveryEvent)
        {
            properties.Add($"HandlesEvent = {type}.{HandlerClassEmitter.HandlesMethodName}");
        }

        writer.Line(properties.Count == 0 ? creation + ");" : creation + $" {{ {string.Join(", ", properties)} }});");
    }

    // A built-in provider, a declared one, or a start-up error naming the class (the analyzer reports it at compile time).
    private static string ProviderExpression(string name, RegistrationModel registration, EquatableArray<CustomProviderModel> customProviders)
    {
        if (BuiltInProviders.Find(name) is not null)
        {
            return $"global::Webhooks.Providers.BuiltInProviders.Find({GeneratedCode.Literal(name)})!";
        }

        if (customProviders.Any(p => p.Name == name))
        {
            return CustomProviderEmitter.FieldName(name);
        }

        var message = $"{registration.FullyQualifiedName.Replace("global::", "")} names the webhook provider '{name}', " +
            "which is neither built in nor declared with [assembly: WebhookProviderDefinition].";
        // A throw expression can't be an argument, only the right operand of `??`.
        return $"(global::Webhooks.Providers.BuiltInProviders.Find({GeneratedCode.Literal(name)}) ?? throw new global::System.InvalidOperationException({GeneratedCode.Literal(message)}))";
    }
}
