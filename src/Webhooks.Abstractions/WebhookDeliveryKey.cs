using System.Text;

namespace Webhooks;

/// <summary>
/// A delivery's idempotency key, such as <c>webhook-id</c> or Stripe's event id: either a string (from a header) or
/// UTF-8 bytes read in place from the request body, so that reading a key from the body allocates nothing.
/// </summary>
/// <remarks>
/// A key read from the body points into the request's pooled buffer and is valid only while the request is being
/// processed: an idempotency store that keeps a key copies it
/// (<see cref="ToString"/> or <see cref="CopyUtf8To"/>). The default value is the empty key: the delivery has none.
/// </remarks>
public readonly struct WebhookDeliveryKey
{
    private readonly string? _text;
    private readonly ReadOnlyMemory<byte> _utf8;

    /// <summary>A key held as a string.</summary>
    public WebhookDeliveryKey(string? text) => _text = text;

    private WebhookDeliveryKey(ReadOnlyMemory<byte> utf8) => _utf8 = utf8;

    /// <summary>A key held as the UTF-8 bytes it was sent as (not copied).</summary>
    public static WebhookDeliveryKey FromUtf8(ReadOnlyMemory<byte> utf8) => new(utf8);

    /// <summary>A key held as a string.</summary>
    public static implicit operator WebhookDeliveryKey(string? text) => new(text);

    /// <summary>The delivery has no key.</summary>
    public bool IsEmpty => _text is null ? _utf8.IsEmpty : _text.Length == 0;

    /// <summary>How many bytes the key takes in UTF-8.</summary>
    public int Utf8Length => _text is null ? _utf8.Length : Encoding.UTF8.GetByteCount(_text);

    /// <summary>Writes the key in UTF-8 to <paramref name="destination"/>, which holds at least <see cref="Utf8Length"/> bytes.</summary>
    /// <returns>The number of bytes written.</returns>
    public int CopyUtf8To(Span<byte> destination)
    {
        if (_text is not null)
        {
            return Encoding.UTF8.GetBytes(_text, destination);
        }

        _utf8.Span.CopyTo(destination);
        return _utf8.Length;
    }

    /// <summary>Writes the key in UTF-8 to <paramref name="destination"/> if it fits there.</summary>
    /// <returns><c>false</c>, having written nothing useful, when it does not fit.</returns>
    public bool TryCopyUtf8To(Span<byte> destination, out int written)
    {
        if (_text is not null)
        {
            return Encoding.UTF8.TryGetBytes(_text, destination, out written);
        }

        var fits = _utf8.Span.TryCopyTo(destination);
        written = fits ? _utf8.Length : 0;
        return fits;
    }

    /// <summary>The key as a string (decoded, a new string, when it was read from the body); empty when there is none.</summary>
    public override string ToString() => _text ?? Encoding.UTF8.GetString(_utf8.Span);
}
