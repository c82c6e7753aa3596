using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Webhooks.Generator.Tests.Infrastructure;

/// <summary>
/// Walks the types reachable from some model types (fields, properties, base types, generic arguments, array
/// elements) and reports any that would keep a compilation alive in the incremental pipeline's cache.
/// </summary>
internal static class ModelGraph
{
    public static readonly Type[] Banned =
    [
        typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel), typeof(Compilation),
        typeof(Location), typeof(AttributeData),

        // These hold the above inside them.
        typeof(SyntaxToken), typeof(SyntaxTrivia), typeof(SyntaxNodeOrToken), typeof(SyntaxReference),
        typeof(TypedConstant), typeof(IOperation),
    ];

    private const BindingFlags Members =
        BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    /// <summary>Every reachable type, each with the path it was reached by.</summary>
    public static Dictionary<Type, string> Reachable(IEnumerable<Type> roots)
    {
        var seen = new Dictionary<Type, string>();
        var queue = new Queue<(Type Type, string Path)>(roots.Select(t => (t, t.Name)));
        while (queue.TryDequeue(out var item))
        {
            var (type, path) = item;
            if (type.IsGenericParameter || !seen.TryAdd(type, path))
            {
                continue;
            }

            foreach (var next in Neighbours(type))
            {
                queue.Enqueue((next.Type, $"{path} → {next.Via}"));
            }
        }

        return seen;
    }

    /// <summary>The reachable types that are, derive from or implement a banned type, with their paths.</summary>
    public static List<string> Violations(IEnumerable<Type> roots) =>
        Reachable(roots)
            .Where(pair => Banned.Any(banned => banned.IsAssignableFrom(pair.Key)))
            .Select(pair => $"{pair.Value} ({pair.Key.FullName})")
            .ToList();

    private static IEnumerable<(Type Type, string Via)> Neighbours(Type type)
    {
        foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : [])
        {
            yield return (argument, $"<{argument.Name}>");
        }

        if (type.HasElementType)
        {
            yield return (type.GetElementType()!, "[]");
        }

        // The framework's own types are checked themselves, but not walked into: their internals are not the model's.
        if (IsFramework(type))
        {
            yield break;
        }

        if (type.BaseType is { } baseType)
        {
            yield return (baseType, $": {baseType.Name}");
        }

        foreach (var field in type.GetFields(Members))
        {
            yield return (field.FieldType, field.Name);
        }

        foreach (var property in type.GetProperties(Members))
        {
            yield return (property.PropertyType, property.Name);
        }
    }

    public static bool IsFramework(Type type) =>
        type.Assembly.GetName().Name is { } name
        && (name.StartsWith("System", StringComparison.Ordinal) || name.StartsWith("Microsoft", StringComparison.Ordinal)
            || name is "mscorlib" or "netstandard");
}
