namespace Webhooks.Configuration;

/// <summary>
/// The settings of one provider, bound from <c>Webhooks:{provider}</c> and the provider's environment
/// variable, and validated at start-up.
/// </summary>
public sealed class WebhookProviderOptions
{
    /// <summary>The default largest body accepted: 1 MiB.</summary>
    public const long DefaultMaxBodyBytes = 1024 * 1024;

    /// <summary>The default timestamp tolerance, in both directions: 300 seconds.</summary>
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The signing secrets. A delivery signed with any of them passes, so that a secret can be rotated
    /// without downtime. Bound from <c>Secret</c>, <c>Secrets</c> and the provider's environment variable.
    /// </summary>
    public List<string> Secrets { get; } = [];

    /// <summary>
    /// How far a signed timestamp may be from now, in either direction; <c>null</c> switches the check off.
    /// In configuration: seconds (<c>300</c>), a time span (<c>00:05:00</c>) or <c>off</c>.
    /// </summary>
    public TimeSpan? Tolerance { get; set; } = DefaultTolerance;

    /// <summary>The route, when it should differ from the class's or provider's default.</summary>
    public string? Path { get; set; }

    /// <summary>The largest body accepted; a larger one is answered 413 without being read.</summary>
    public long MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;
}
