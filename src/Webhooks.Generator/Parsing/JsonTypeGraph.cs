using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Webhooks.Generator.Model;

namespace Webhooks.Generator.Parsing;

/// <summary>
/// Decides whether the generator can write System.Text.Json metadata for a payload type, and if so describes
/// every type of its graph as <see cref="JsonTypeModel"/>s. The rules follow System.Text.Json's own source
/// generator (constructor choice, members, nullable annotations, required and init-only members), so that the
/// metadata behaves the same; shapes it would only reject at run time, or that need reflection or a custom
/// converter, are rejected here with a reason. The generator skips a handler whose payload is rejected and the
/// analyzer reports the reason, both through this one class, so that they always agree.
/// </summary>
internal sealed class JsonTypeGraph(Compilation compilation)
{
    private readonly SortedDictionary<string, JsonTypeModel> _types = new(StringComparer.Ordinal);

    /// <summary>Every type added so far, sorted by name.</summary>
    public EquatableArray<JsonTypeModel> Types => _types.Values.ToEquatableArray();

    /// <summary>
    /// Whether <paramref name="type"/> is a payload the generator writes metadata for (or explains why not):
    /// a class, record or struct of the user's, or an array, list or dictionary. Anything else (primitives,
    /// enums, framework types) is not a payload at all.
    /// </summary>
    public static bool IsPayloadCandidate(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol { ElementType.SpecialType: not SpecialType.System_Byte } => true,
        INamedTypeSymbol named when KnownJsonTypes.CollectionOf(named) is not null => true,
        INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct or TypeKind.Interface } named => !KnownJsonTypes.IsFramework(named),
        _ => false,
    };

    /// <summary>Adds the graph of <paramref name="root"/>, or says why the generator can't describe it (and adds nothing).</summary>
    public bool TryAdd(ITypeSymbol root, out string? problem)
    {
        var walk = new JsonGraphWalk(compilation, _types.ContainsKey);
        if (!walk.Visit(root))
        {
            problem = walk.Problem;
            return false;
        }

        foreach (var pair in walk.Found)
        {
            _types[pair.Key] = pair.Value!;
        }

        problem = null;
        return true;
    }
}
