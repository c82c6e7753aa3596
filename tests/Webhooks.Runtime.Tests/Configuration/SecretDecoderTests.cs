using System.Text;
using Webhooks.Configuration;
using Webhooks.Providers;

namespace Webhooks.Runtime.Tests.Configuration;

/// <summary>How each SecretEncoding turns a configured string into key bytes, and how it refuses one.</summary>
public sealed class SecretDecoderTests
{
    private static readonly byte[] Key = [0x00, 0x01, 0xFE, 0xFF, 0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70, 0x80, 0x90, 0xA0, 0xB0, 0xC0];
    private static readonly string Base64Key = Convert.ToBase64String(Key);

    [Theory]
    [InlineData(SecretEncoding.StandardWebhooks)]
    [InlineData(SecretEncoding.StandardWebhooksOrUtf8)]
    public void Prefixed_secret_is_base64_after_the_prefix(SecretEncoding encoding) =>
        Assert.Equal(Key, SecretDecoder.Decode("whsec_" + Base64Key, encoding));

    [Fact]
    public void Standard_webhooks_secret_without_prefix_is_base64() =>
        Assert.Equal(Key, SecretDecoder.Decode(Base64Key, SecretEncoding.StandardWebhooks));

    [Fact]
    public void Standard_webhooks_or_utf8_secret_without_prefix_is_utf8() =>
        Assert.Equal(Encoding.UTF8.GetBytes(Base64Key), SecretDecoder.Decode(Base64Key, SecretEncoding.StandardWebhooksOrUtf8));

    // Stripe's whsec_ secrets are used verbatim.
    [Theory]
    [InlineData("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")]
    [InlineData("8f742231b10e8888abcd99yyyzzz85a5")]
    public void Utf8_secret_is_its_bytes_with_or_without_prefix(string secret) =>
        Assert.Equal(Encoding.UTF8.GetBytes(secret), SecretDecoder.Decode(secret, SecretEncoding.Utf8));

    // 16 bytes encode to 24 characters ending "=="; 17 bytes to 24 ending "=". Both unpadded forms decode the same.
    [Theory]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(18)]
    public void Padding_is_optional(int length)
    {
        var key = Enumerable.Range(0, length).Select(i => (byte)(255 - i)).ToArray();
        var padded = "whsec_" + Convert.ToBase64String(key);

        Assert.Equal(key, SecretDecoder.Decode(padded, SecretEncoding.StandardWebhooks));
        Assert.Equal(key, SecretDecoder.Decode(padded.TrimEnd('='), SecretEncoding.StandardWebhooks));
    }

    [Theory]
    [InlineData("whsec_not*base64!", SecretEncoding.StandardWebhooks)]
    [InlineData("whsec_not*base64!", SecretEncoding.StandardWebhooksOrUtf8)]
    [InlineData("not*base64!", SecretEncoding.StandardWebhooks)]
    [InlineData("whsec_QUJDRA=A", SecretEncoding.StandardWebhooks)] // padding in the middle
    [InlineData("whsec_QUJDR", SecretEncoding.StandardWebhooks)]    // 5 characters: no base64 length
    public void Invalid_base64_is_refused_without_quoting_the_secret(string secret, SecretEncoding encoding)
    {
        Assert.False(SecretDecoder.TryDecode(secret, encoding, out var key, out var problem));
        Assert.Empty(key);
        Assert.NotNull(problem);
        Assert.Contains("base64", problem, StringComparison.Ordinal);
        AssertDoesNotQuote(problem, secret);

        var exception = Assert.Throws<FormatException>(() => SecretDecoder.Decode(secret, encoding));
        Assert.Equal(problem, exception.Message);
        AssertDoesNotQuote(exception.Message, secret);
    }

    [Theory]
    [InlineData("", SecretEncoding.StandardWebhooks)]
    [InlineData("whsec_", SecretEncoding.StandardWebhooks)]
    [InlineData("", SecretEncoding.StandardWebhooksOrUtf8)]
    [InlineData("whsec_", SecretEncoding.StandardWebhooksOrUtf8)]
    [InlineData("", SecretEncoding.Utf8)]
    public void Empty_secret_is_refused(string secret, SecretEncoding encoding)
    {
        Assert.False(SecretDecoder.TryDecode(secret, encoding, out _, out var problem));
        Assert.Contains("empty", problem, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => SecretDecoder.Decode(secret, encoding));
    }

    [Fact]
    public void Valid_secret_reports_no_problem()
    {
        Assert.True(SecretDecoder.TryDecode("whsec_" + Base64Key, SecretEncoding.StandardWebhooks, out var key, out var problem));
        Assert.Equal(Key, key);
        Assert.Null(problem);
    }

    private static void AssertDoesNotQuote(string message, string secret)
    {
        Assert.DoesNotContain(secret, message, StringComparison.Ordinal);
        var body = secret.StartsWith("whsec_", StringComparison.Ordinal) ? secret["whsec_".Length..] : secret;
        Assert.DoesNotContain(body, message, StringComparison.Ordinal);
    }
}
