using System.Text.Json;
using System.Text.Json.Nodes;

namespace Webhooks.Json.Tests;

/// <summary>
/// The documents a comparison reads: a valid one, and that one broken in every way a sender could break it: each
/// member missing, null, of every wrong JSON kind, out of range, renamed in another case; and the whole document
/// empty, of the wrong kind, malformed, with an extra member or a duplicate one.
/// </summary>
public static class Documents
{
    /// <summary>Values put in place of each member in turn.</summary>
    private static readonly string[] Replacements =
    [
        "null", "\"text\"", "\"\"", "0", "-1", "1.5", "12345678901234567890123", "true", "[]", "{}", "[1,\"two\",null]", "{\"nested\":{}}",
        "\"in_progress\"", "\"IN_PROGRESS\"", "\"InProgress\"", "\"shipped\"", "\"gift, express\"", "99",
        "\"42\"", "\"2025-13-40T99:00:00Z\"", "\"2025-01-02T03:04:05+01:00\"", "\"not a guid\"", "\"AQID\"", "\"@@\"",
    ];

    public static IEnumerable<(string Name, string Json)> From(string valid)
    {
        yield return ("valid", valid);
        yield return ("empty object", "{}");
        yield return ("null", "null");
        yield return ("empty array", "[]");
        yield return ("string", "\"text\"");
        yield return ("number", "42");
        yield return ("malformed", valid.Length > 1 ? valid[..^1] : "{");
        yield return ("trailing comma", valid[..^1] + "," + valid[^1]);

        var root = JsonNode.Parse(valid);
        if (root is JsonObject rootObject)
        {
            var extra = (JsonObject)root.DeepClone();
            extra["zz_not_a_member"] = JsonNode.Parse("""{"deep":[1,2,{"x":null}]}""");
            yield return ("extra member", extra.ToJsonString());

            if (rootObject.FirstOrDefault() is { Key: var firstKey })
            {
                // A duplicate member: the second occurrence, with another value, comes after the whole object.
                yield return ("duplicate member", valid[..^1] + $",\"{firstKey}\":null}}");
            }
        }

        foreach (var path in Paths(root, []))
        {
            var where = string.Join(".", path);
            if (path[^1] is string)
            {
                yield return ($"{where} missing", Edit(root, path, (parent, key) => ((JsonObject)parent).Remove((string)key)));
                yield return ($"{where} renamed upper-case", Edit(root, path, (parent, key) =>
                {
                    var obj = (JsonObject)parent;
                    var value = obj[(string)key];
                    obj.Remove((string)key);
                    obj[((string)key).ToUpperInvariant() + "_X"] = value;
                    obj[((string)key).ToUpperInvariant()] = value?.DeepClone();
                }));
            }

            foreach (var replacement in Replacements)
            {
                yield return ($"{where} = {replacement}", Edit(root, path, (parent, key) =>
                {
                    var value = JsonNode.Parse(replacement);
                    if (parent is JsonObject obj)
                    {
                        obj[(string)key] = value;
                    }
                    else
                    {
                        ((JsonArray)parent)[(int)key] = value;
                    }
                }));
            }
        }
    }

    /// <summary>Every member of every object, and the first element of every array, depth first.</summary>
    private static IEnumerable<object[]> Paths(JsonNode? node, object[] prefix)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    object[] path = [.. prefix, key];
                    yield return path;
                    foreach (var inner in Paths(value, path))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray { Count: > 0 } array:
                object[] first = [.. prefix, 0];
                yield return first;
                foreach (var inner in Paths(array[0], first))
                {
                    yield return inner;
                }

                break;
        }
    }

    private static string Edit(JsonNode? root, object[] path, Action<JsonNode, object> change)
    {
        var copy = root!.DeepClone();
        var parent = copy;
        foreach (var step in path[..^1])
        {
            parent = step is string key ? parent[key]! : parent[(int)step]!;
        }

        change(parent, path[^1]);
        return copy.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
