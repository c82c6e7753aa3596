using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Webhooks.Generator.Emitting;
using Webhooks.Generator.Model;
using Webhooks.Generator.Parsing;

namespace Webhooks.Generator;

/// <summary>
/// Emits, for each <c>[WebhookProvider]</c> class, its switch-based dispatch (one file per class), one small
/// file with <c>AddWebhooks()</c> and <c>MapWebhooks()</c> over all of them (and over those of referenced assemblies), and one file with the JSON metadata
/// of the user's own payload types (<c>Webhooks.Json.g.cs</c>).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class WebhooksGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var parsed = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                WellKnownNames.WebhookProviderAttribute,
                static (node, _) => node is ClassDeclarationSyntax,
                static (syntax, cancellationToken) => HandlerClassParser.Parse(syntax, cancellationToken))
            .Where(static parsed => parsed is not null)
            .Select(static (parsed, _) => parsed!)
            .WithTrackingName(TrackingNames.ParsedClasses);

        // Split, so that a change to a payload type re-emits the JSON metadata but not the class's dispatch.
        var classes = parsed
            .Select(static (parsed, _) => parsed.Class)
            .WithTrackingName(TrackingNames.HandlerClasses);

        context.RegisterSourceOutput(classes, static (output, model) =>
            output.AddSource(model.HintName, HandlerClassEmitter.Emit(model)));

        var registrations = classes
            .Select(static (model, _) => model.ToRegistration())
            .Collect()
            // Sorted and compared by value, so that the aggregate file is only re-emitted when a registration changes.
            .Select(static (all, _) => all.Sort((a, b) => string.CompareOrdinal(a.FullyQualifiedName, b.FullyQualifiedName)).ToEquatableArray())
            .WithTrackingName(TrackingNames.Registrations);

        var customProviders = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                WellKnownNames.WebhookProviderDefinitionAttribute,
                static (node, _) => node is CompilationUnitSyntax,
                static (syntax, _) => CustomProviderParser.Parse(syntax))
            .SelectMany(static (models, _) => models)
            .Collect()
            // A name declared twice is an analyzer error; the first declaration wins here.
            .Select(static (all, _) => all.GroupBy(p => p.Name).Select(g => g.First()).OrderBy(p => p.Name, StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.CustomProviders);

        var payloads = parsed
            .Select(static (parsed, _) => parsed.Json)
            .Collect()
            // Merged, sorted and deduplicated: equal whenever every class's payloads are, so the file stays cached.
            .Select(static (all, _) => JsonPayloadsModel.Merge(all))
            .WithTrackingName(TrackingNames.JsonPayloads);

        context.RegisterSourceOutput(payloads, static (output, model) =>
        {
            if (!model.IsEmpty)
            {
                output.AddSource(PayloadJsonEmitter.HintName, PayloadJsonEmitter.Emit(model));
            }
        });

        // The registration classes of referenced assemblies with handler classes: a few names, compared by value, so that an
        // edit (a new compilation, the same references) leaves the registration file cached.
        var referenced = context.CompilationProvider
            .Select(static (compilation, cancellationToken) => ReferencedHandlerAssemblies.Find(compilation, cancellationToken))
            .WithTrackingName(TrackingNames.ReferencedRegistrations);

        var assemblyName = context.CompilationProvider
            .Select(static (compilation, _) => compilation.AssemblyName)
            .WithTrackingName(TrackingNames.AssemblyName);

        // Each class's providers looked up before anything is written: the emitter only prints.
        var registrationFile = registrations
            .Combine(customProviders)
            .Select(static (input, _) => RegistrationResolver.Resolve(input.Left, input.Right))
            .WithTrackingName(TrackingNames.RegistrationFile);

        context.RegisterSourceOutput(registrationFile.Combine(assemblyName.Combine(referenced)), static (output, input) =>
        {
            var (file, (assembly, references)) = input;
            if (file.Registrations.Length > 0 || references.Length > 0)
            {
                output.AddSource(RegistrationEmitter.HintName, RegistrationEmitter.Emit(file, assembly, references));
            }
        });
    }
}
