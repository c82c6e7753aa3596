using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Webhooks.Generator.Model;

namespace Webhooks.Generator.Parsing;

/// <summary>
/// The generated registration classes of referenced assemblies that have handler classes (named by their
/// <c>[assembly: WebhookHandlerAssembly(typeof(…))]</c>), so that this assembly's <c>AddWebhooks()</c> registers
/// their classes too. Reduced to sorted <c>global::</c> names: no symbol survives into the model.
/// </summary>
internal static class ReferencedHandlerAssemblies
{
    private const string RuntimeAssembly = "Webhooks.Runtime";

    // Whether an assembly references the runtime never changes for one assembly symbol, and a reference's symbol
    // outlives an edit: its ~200 references are listed once, not on every keystroke. Weak, so nothing is kept alive.
    private static readonly ConditionalWeakTable<IAssemblySymbol, StrongBox<bool>> ReferencesRuntimeCache = new();

    public static EquatableArray<string> Find(Compilation compilation, CancellationToken cancellationToken)
    {
        var found = new List<string>();
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Only an assembly compiled against the runtime can carry the attribute; most references are skipped unread.
            if (!ReferencesRuntime(assembly))
            {
                continue;
            }

            foreach (var attribute in assembly.GetAttributes())
            {
                if (SymbolNames.IsAttribute(attribute, WellKnownNames.WebhookHandlerAssemblyAttribute)
                    && attribute.ConstructorArguments.Length == 1
                    && attribute.ConstructorArguments[0].Value is INamedTypeSymbol type
                    && type.DeclaredAccessibility == Accessibility.Public
                    && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly))
                {
                    found.Add(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
                }
            }
        }

        found.Sort(System.StringComparer.Ordinal);
        return found.ToEquatableArray();
    }

    private static bool ReferencesRuntime(IAssemblySymbol assembly) =>
        ReferencesRuntimeCache.GetValue(assembly, static a => new StrongBox<bool>(ListsRuntime(a))).Value;

    private static bool ListsRuntime(IAssemblySymbol assembly)
    {
        foreach (var module in assembly.Modules)
        {
            foreach (var reference in module.ReferencedAssemblies)
            {
                if (reference.Name == RuntimeAssembly)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
