namespace Webhooks.Testing.Verification;

/// <summary>A captured request's headers by name, case-insensitively; a repeated header's values in order.</summary>
internal sealed class CapturedHeaders
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);

    public CapturedHeaders(IEnumerable<KeyValuePair<string, string>> headers)
    {
        foreach (var (name, value) in headers)
        {
            if (!_values.TryGetValue(name, out var list))
            {
                _values[name] = list = [];
            }

            list.Add(value);
        }
    }

    /// <summary>The header's values joined with <paramref name="separator"/>, trimmed; empty when it is absent.</summary>
    public string Get(string name, char separator = ',') =>
        _values.TryGetValue(name, out var list) ? string.Join(separator, list).Trim() : "";

    /// <summary>The first of the names that is present, or the first name when none is.</summary>
    public (string Name, string Value) First(char separator, params string[] names)
    {
        foreach (var name in names)
        {
            if (Get(name, separator) is { Length: > 0 } value)
            {
                return (name, value);
            }
        }

        return (names[0], "");
    }
}
