using System;
using System.Collections.Generic;
using System.Linq;

namespace Webhooks.Generator.Model;

/// <summary>
/// The user's own payload types that need generated metadata: every type of their graphs (object types,
/// collections, enums, primitives), each once, sorted by name, and the naming policies handlers read them with.
/// Merged over all handler classes into the one generated <c>Webhooks.Json.g.cs</c>.
/// </summary>
/// <param name="Policies">Names of <c>JsonNamingPolicy</c> members (or <c>None</c>), sorted ordinally.</param>
/// <param name="Types">The types, sorted ordinally by fully qualified name.</param>
internal sealed record JsonPayloadsModel(EquatableArray<string> Policies, EquatableArray<JsonTypeModel> Types)
{
    public static JsonPayloadsModel Empty { get; } = new(default, default);

    public bool IsEmpty => Policies.Length == 0 && Types.Length == 0;

    /// <summary>The union of several classes' payloads, sorted and deduplicated, so that it compares equal whenever the parts do.</summary>
    public static JsonPayloadsModel Merge(IEnumerable<JsonPayloadsModel> parts)
    {
        var policies = new SortedSet<string>(StringComparer.Ordinal);
        var types = new SortedDictionary<string, JsonTypeModel>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            policies.UnionWith(part.Policies);
            foreach (var type in part.Types)
            {
                // One compilation describes a type one way: the first description is as good as any other.
                if (!types.ContainsKey(type.FullyQualifiedName))
                {
                    types.Add(type.FullyQualifiedName, type);
                }
            }
        }

        return new JsonPayloadsModel(policies.ToEquatableArray(), types.Values.ToEquatableArray());
    }
}
