using System.Text;

namespace Webhooks.Pipeline;

/// <summary>
/// A fixed set of strings (a provider's event types) found by their UTF-8 bytes, so that reading one from a body
/// returns the existing string instead of allocating a new one per delivery.
/// </summary>
internal sealed class KnownStrings
{
    private const int MaxChars = 128;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public KnownStrings(IEnumerable<string> values)
    {
        var set = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            set.TryAdd(value, value);
        }

        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The known string spelled by <paramref name="utf8"/> (valid UTF-8), or <c>null</c>.</summary>
    public string? Find(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxChars)
        {
            return null;
        }

        Span<char> chars = stackalloc char[MaxChars];
        var length = Encoding.UTF8.GetChars(utf8, chars);
        return _lookup.TryGetValue(chars[..length], out var value) ? value : null;
    }
}
