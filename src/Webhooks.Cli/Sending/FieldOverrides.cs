using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Webhooks.Cli.Sending;

/// <summary>
/// <c>--set path=value</c>: changes fields of a JSON body by dot path (<c>data.object.amount=500</c>, <c>items[0].sku=A1</c>),
/// creating missing objects on the way, as Stripe CLI's <c>--override</c>; or sets fields of a form body.
/// </summary>
internal static class FieldOverrides
{
    /// <summary>The JSON body with every override applied, in order; compact, members in their original order.</summary>
    public static string ApplyToJson(string json, IReadOnlyList<string> overrides)
    {
        if (overrides.Count == 0)
        {
            return json;
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new CliUsageException($"--set needs a JSON body, and this one doesn't parse: {exception.Message}");
        }

        foreach (var item in overrides)
        {
            var (path, value) = Split(item);
            root = Set(root, Segments(path, item), 0, ParseValue(value), path);
        }

        return root?.ToJsonString() ?? "null";
    }

    /// <summary>The form fields with every override applied: an existing field's first value replaced, else the field appended.</summary>
    public static List<KeyValuePair<string, string>> ApplyToForm(IEnumerable<KeyValuePair<string, string>> form, IReadOnlyList<string> overrides)
    {
        var fields = form.ToList();
        foreach (var item in overrides)
        {
            var (name, value) = Split(item);
            var index = fields.FindIndex(f => f.Key == name);
            if (index >= 0)
            {
                fields[index] = new(name, value);
            }
            else
            {
                fields.Add(new(name, value));
            }
        }

        return fields;
    }

    private static (string Path, string Value) Split(string item)
    {
        var equals = item.IndexOf('=', StringComparison.Ordinal);
        return equals > 0
            ? (item[..equals], item[(equals + 1)..])
            : throw new CliUsageException($"--set takes path=value, such as data.object.amount=500 (got '{item}').");
    }

    // "data.items[0].price" → data, items, #0, price: a segment that is a whole number in brackets indexes an array.
    private static List<object> Segments(string path, string item)
    {
        var segments = new List<object>();
        foreach (var part in path.Split('.'))
        {
            var name = part;
            var indexes = new List<int>();
            while (name.EndsWith(']') && name.LastIndexOf('[') is var open and >= 0)
            {
                if (!int.TryParse(name.AsSpan(open + 1, name.Length - open - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    throw new CliUsageException($"--set '{item}': '{name[open..]}' is not an array index such as [0].");
                }

                indexes.Insert(0, index);
                name = name[..open];
            }

            if (name.Length == 0 && indexes.Count == 0)
            {
                throw new CliUsageException($"--set '{item}': the path has an empty segment.");
            }

            if (name.Length > 0)
            {
                segments.Add(name);
            }

            segments.AddRange(indexes.Cast<object>());
        }

        return segments;
    }

    // Sets the value under segments[at..] of node and returns the node to put where node was: containers are changed
    // in place (so members keep their order), a missing object is created, a leaf is replaced.
    private static JsonNode? Set(JsonNode? node, List<object> segments, int at, JsonNode? value, string path)
    {
        if (at == segments.Count)
        {
            return value;
        }

        var where = at == 0 ? "the body" : string.Concat(segments.Take(at).Select((s, i) => s is int n ? $"[{n}]" : (i == 0 ? "" : ".") + s));
        if (segments[at] is string name)
        {
            var obj = node switch
            {
                JsonObject existing => existing,
                null => new JsonObject(),
                _ => throw new CliUsageException($"--set {path}: {where} is {Kind(node)}, not an object."),
            };
            var child = obj.TryGetPropertyValue(name, out var found) ? found : null;
            var result = Set(child, segments, at + 1, value, path);
            if (!obj.ContainsKey(name) || !ReferenceEquals(result, child))
            {
                obj[name] = result;
            }

            return obj;
        }

        var index = (int)segments[at];
        if (node is not JsonArray array)
        {
            throw new CliUsageException($"--set {path}: {where} is {Kind(node)}, not an array.");
        }

        if (index > array.Count)
        {
            throw new CliUsageException($"--set {path}: {where} has {array.Count} item(s); the index can be at most {array.Count} (to append one).");
        }

        if (index == array.Count)
        {
            array.Add(Set(null, segments, at + 1, value, path));
            return array;
        }

        var item = array[index];
        var replaced = Set(item, segments, at + 1, value, path);
        if (!ReferenceEquals(replaced, item))
        {
            array[index] = replaced;
        }

        return array;
    }

    // 500, 1.5, true, false, null, {…}, […] and "quoted" are JSON; anything else is a string.
    private static JsonNode? ParseValue(string text)
    {
        var trimmed = text.Trim();
        if (trimmed is "null")
        {
            return null;
        }

        if (trimmed.Length > 0 && (trimmed is "true" or "false" || trimmed[0] is '{' or '[' or '"' or '-' || char.IsAsciiDigit(trimmed[0])))
        {
            try
            {
                return JsonNode.Parse(trimmed);
            }
            catch (JsonException)
            {
                // Not JSON after all ("2024-06-01", "-x"): a string.
            }
        }

        return JsonValue.Create(text);
    }

    private static string Kind(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };
}
