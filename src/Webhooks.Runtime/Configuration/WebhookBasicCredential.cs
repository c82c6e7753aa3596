namespace Webhooks.Configuration;

/// <summary>
/// A username and password a sender may present with HTTP Basic (<see cref="SignatureScheme.HttpBasic"/>), bound from
/// <c>Webhooks:{provider}:Credentials:N:Username</c> and <c>…:Password</c>.
/// </summary>
public sealed class WebhookBasicCredential
{
    /// <summary>Creates a pair; a half left <c>null</c> fails start-up, naming its key.</summary>
    /// <param name="username">The username; it can't contain <c>:</c> (RFC 7617).</param>
    /// <param name="password">The password; it may contain <c>:</c>.</param>
    public WebhookBasicCredential(string? username, string? password)
    {
        Username = username;
        Password = password;
    }

    /// <summary>The username; it can't contain <c>:</c> (RFC 7617).</summary>
    public string? Username { get; }

    /// <summary>The password; it may contain <c>:</c>.</summary>
    public string? Password { get; }

    /// <summary>The pair without its values: a credential must never reach a log.</summary>
    public override string ToString() => nameof(WebhookBasicCredential) + " { … }";
}
