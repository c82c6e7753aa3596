using System.Globalization;
using System.Security.Cryptography;

namespace Webhooks.Testing.Fixtures;

/// <summary>
/// The values one fixture body is written with: its event type, the time of the send, and fresh random ids, so
/// that every send is a new delivery (deduplication keys on the ids).
/// </summary>
internal sealed class FixtureValues(string eventType, DateTimeOffset now)
{
    private const string Alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const string Lowercase = "abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>The event type the body is for.</summary>
    public string Type { get; } = eventType;

    /// <summary>Unix seconds of the send.</summary>
    public long Unix { get; } = now.ToUnixTimeSeconds();

    /// <summary>Unix milliseconds of the send.</summary>
    public long UnixMs { get; } = now.ToUnixTimeMilliseconds();

    /// <summary>The send's time as ISO 8601 UTC, as most providers write it.</summary>
    public string Iso { get; } = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>A time <paramref name="seconds"/> before the send, ISO 8601 UTC.</summary>
    public string IsoBefore(int seconds) =>
        now.UtcDateTime.AddSeconds(-seconds).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The send's time with an offset, as Shopify writes it.</summary>
    public string IsoOffset { get; } = now.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>A fresh id: <paramref name="prefix"/> and <paramref name="length"/> random letters and digits.</summary>
    public static string Id(string prefix, int length = 24) => prefix + RandomNumberGenerator.GetString(Alphanumeric, length);

    /// <summary>A fresh lowercase id (Replicate's predictions).</summary>
    public static string LowerId(int length = 26) => RandomNumberGenerator.GetString(Lowercase, length);

    /// <summary>Fresh lowercase hex, such as a commit SHA.</summary>
    public static string Hex(int length) => RandomNumberGenerator.GetHexString(length, lowercase: true);

    /// <summary>A fresh positive number of <paramref name="digits"/> digits (Shopify's and GitHub's numeric ids).</summary>
    public static long Number(int digits)
    {
        var low = (long)Math.Pow(10, digits - 1);
        return Random.Shared.NextInt64(low, low * 10);
    }

    /// <summary>A fresh UUID.</summary>
    public static string Uuid() => Guid.NewGuid().ToString();
}
