using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Webhooks.Generator.Analyzers;

/// <summary>Suggests the known name a misspelt one was probably meant to be.</summary>
internal static class NearestName
{
    /// <summary>The closest candidate by edit distance, or <c>null</c> when none is close enough to be a typo.</summary>
    public static string? Find(string value, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, value, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }

            var distance = Distance(value, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // More than half the characters wrong is a different name, not a typo.
        return best is not null && bestDistance * 2 <= Math.Max(value.Length, best.Length) ? best : null;
    }

    /// <summary>
    /// For a diagnostic about an unknown <paramref name="value"/>: "Did you mean '…'?" and the suggestion as the
    /// property the code fix replaces the value with, or <paramref name="otherwise"/> and no property when none is close.
    /// </summary>
    public static (string Hint, ImmutableDictionary<string, string?> Properties) Hint(string? value, IEnumerable<string> candidates, string otherwise) =>
        (value is null ? null : Find(value, candidates)) is { } suggestion
            ? ($"Did you mean '{suggestion}'?", ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Suggestion, suggestion))
            : (otherwise, ImmutableDictionary<string, string?>.Empty);

    /// <summary>Levenshtein distance: insertions, deletions and substitutions.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
