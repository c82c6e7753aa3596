using System.Collections.Generic;
using System.Text;
using Webhooks.Generator.Model;

namespace Webhooks.Generator.Emitting;

/// <summary>
/// Emits the assembly's handler registration: a public class that registers this assembly's handler classes (named by
/// <c>[assembly: WebhookHandlerAssembly]</c>, so that assemblies referencing this one register them too), and the
/// <c>AddWebhooks()</c> and <c>MapWebhooks()</c> an application calls, which cover this assembly's classes and those of
/// every referenced assembly.
/// </summary>
internal static class RegistrationEmitter
{
    public const string HintName = "Webhooks.Registration.g.cs";

    private const string Infrastructure = "global::Webhooks.Infrastructure.";
    private const string ServiceCollection = "global::Microsoft.Extensions.DependencyInjection.IServiceCollection";

    /// <summary>The generated class that registers the handler classes of the assembly <paramref name="assemblyName"/>.</summary>
    public static string RegistrationClassName(string? assemblyName)
    {
        var name = new StringBuilder("WebhookHandlers_");
        foreach (var c in assemblyName is { Length: > 0 } ? assemblyName : "Assembly")
        {
            name.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
        }

        return name.ToString();
    }

    public static string Emit(RegistrationFileModel file, string? assemblyName, EquatableArray<string> referencedRegistrations)
    {
        var writer = GeneratedCode.NewFile();
        var own = file.Registrations.Length > 0 ? "global::Webhooks.Generated." + RegistrationClassName(assemblyName) : null;
        if (own is not null)
        {
            writer.Line($"[assembly: {Infrastructure}WebhookHandlerAssembly(typeof({own}))]");
            writer.Line();
            WriteRegistrationClass(writer, RegistrationClassName(assemblyName), file);
            writer.Line();
        }

        // The extension classes live in the namespaces ASP.NET Core apps import implicitly.
        writer.Open("namespace Microsoft.Extensions.DependencyInjection");
        writer.Line("/// <summary>Registers the webhook handler classes of this assembly and of the assemblies it references.</summary>");
        writer.Line(GeneratedCode.Attribute);
        writer.Open("internal static class GeneratedWebhooksServiceCollectionExtensions");
        writer.Line("/// <summary>");
        writer.Line("/// Adds the webhook runtime and every <c>[WebhookProvider]</c> class of this assembly and of the assemblies it references,");
        writer.Line("/// with provider options bound from <c>Webhooks:{provider}</c>. Each class is registered once, however often this is called.");
        writer.Line("/// </summary>");
        writer.Open(
            "public static global::Webhooks.Hosting.WebhooksBuilder AddWebhooks(" +
            $"this {ServiceCollection} services, " +
            "global::Microsoft.Extensions.Configuration.IConfiguration configuration)");
        writer.Line($"var webhooks = {Infrastructure}WebhooksServiceCollectionExtensions.AddWebhooksRuntime(services, configuration);");
        if (own is not null)
        {
            writer.Line($"{own}.AddTo(services);");
        }

        foreach (var referenced in referencedRegistrations)
        {
            writer.Line($"{referenced}.AddTo(services);");
        }

        writer.Line("return webhooks;");
        writer.Close().Close().Close();
        writer.Line();

        writer.Open("namespace Microsoft.AspNetCore.Builder");
        writer.Line("/// <summary>Maps the registered webhook handler classes to their routes.</summary>");
        writer.Line(GeneratedCode.Attribute);
        writer.Open("internal static class GeneratedWebhooksEndpointRouteBuilderExtensions");
        writer.Line("/// <summary>");
        writer.Line("/// Maps <c>POST</c> on each registered handler class's route (by default <c>/webhooks/{provider}</c>) and validates");
        writer.Line("/// provider options. A class already mapped (by an earlier call) is not mapped again.");
        writer.Line("/// </summary>");
        writer.Line(
            "public static global::Microsoft.AspNetCore.Routing.RouteGroupBuilder MapWebhooks(" +
            "this global::Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints) =>");
        writer.Line($"    {Infrastructure}WebhooksEndpointRouteBuilderExtensions.MapWebhookHandlers(endpoints);");
        writer.Close().Close();
        return writer.ToString();
    }

    private static void WriteRegistrationClass(SourceWriter writer, string className, RegistrationFileModel file)
    {
        writer.Open("namespace Webhooks.Generated");
        writer.Line("/// <summary>");
        writer.Line("/// This assembly's webhook handler classes, for the generated <c>AddWebhooks()</c> of this assembly and of the assemblies");
        writer.Line("/// that reference it. Generated code calls this; applications call <c>AddWebhooks()</c>.");
        writer.Line("/// </summary>");
        writer.Line(GeneratedCode.Attribute);
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.Open($"public static class {className}");
        foreach (var provider in file.DeclaredProviders)
        {
            CustomProviderEmitter.WriteField(writer, provider);
            writer.Line();
        }

        writer.Line("/// <summary>Registers this assembly's handler classes; a class that is already registered is left as it is.</summary>");
        writer.Open($"public static void AddTo({ServiceCollection} services)");
        foreach (var registration in file.Registrations)
        {
            WriteRegistration(writer, registration);
        }

        writer.Close().Close().Close();
    }

    private static void WriteRegistration(SourceWriter writer, ResolvedRegistrationModel resolved)
    {
        var registration = resolved.Class;
        var type = registration.FullyQualifiedName;
        var provider = ProviderExpression(resolved.Provider, type);
        var path = registration.Path is null ? "null" : GeneratedCode.Literal(registration.Path);
        writer.Line($"{Infrastructure}WebhooksServiceCollectionExtensions.AddWebhookHandler<{type}>(services,");
        var creation = $"    new {Infrastructure}WebhookHandlerRegistration({provider}, typeof({type}), {path}, {type}.{HandlerClassEmitter.DispatchMethodName})";
        var properties = new List<string>();
        if (resolved.Via is { } via)
        {
            properties.Add($"Via = {ProviderExpression(via, type)}");
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

    private static string ProviderExpression(ProviderReference provider, string handlerType)
    {
        var find = $"global::Webhooks.Providers.BuiltInProviders.Find({GeneratedCode.Literal(provider.Name)})";
        switch (provider.Source)
        {
            case ProviderSource.BuiltIn:
                return find + "!";
            case ProviderSource.Declared:
                return CustomProviderEmitter.FieldName(provider.Name);
            default:
                var message = $"{handlerType.Replace("global::", "")} names the webhook provider '{provider.Name}', " +
                    "which is neither built in nor declared with [assembly: WebhookProviderDefinition].";
                // A throw expression can't be an argument, only the right operand of `??`.
                return $"({find} ?? throw new global::System.InvalidOperationException({GeneratedCode.Literal(message)}))";
        }
    }
}
