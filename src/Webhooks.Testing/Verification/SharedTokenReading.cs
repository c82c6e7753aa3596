using System.Security.Cryptography;
using System.Text;
using Webhooks.Providers;

namespace Webhooks.Testing.Verification;

/// <summary>A shared token sent as it is in a header (GitLab's <c>X-Gitlab-Token</c>); nothing else is covered.</summary>
internal sealed class SharedTokenReading : SignatureReading
{
    private SharedTokenReading(byte[] token) => Token = token;

    private byte[] Token { get; }

    public static SignatureReading? Read(ProviderDescriptor provider, CapturedHeaders headers, byte[] body, out WebhookCheckResult? problem)
    {
        if (provider.TokenSource is { Kind: ValueSourceKind.JsonPath } json)
        {
            return FromJson(json.Name, body, out problem);
        }

        var name = provider.TokenSource?.Name ?? provider.SignatureHeader ?? throw new InvalidOperationException($"Provider '{provider.Name}' names no token header.");
        var value = headers.Get(name);
        if (value.Length == 0)
        {
            problem = Missing(name);
            return null;
        }

        var prefix = provider.SignaturePrefix ?? "";
        if (!value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            problem = Malformed(name, $"doesn't start with '{prefix}'.");
            return null;
        }

        problem = null;
        return new SharedTokenReading(Encoding.UTF8.GetBytes(value[prefix.Length..])) { Header = name };
    }

    public override string SignedParts => "the token (nothing else is covered)";

    public override bool Matches(SigningKey key, byte[] body) => CryptographicOperations.FixedTimeEquals(Token, key.Bytes);

    private static SharedTokenReading? FromJson(string path, byte[] body, out WebhookCheckResult? problem)
    {
        string? token = null;
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(body);
            var element = document.RootElement;
            foreach (var segment in path.Split('.'))
            {
                if (element.ValueKind != System.Text.Json.JsonValueKind.Object || !element.TryGetProperty(segment, out element))
                {
                    element = default;
                    break;
                }
            }

            token = element.ValueKind == System.Text.Json.JsonValueKind.String ? element.GetString() : null;
        }
        catch (System.Text.Json.JsonException)
        {
        }

        if (string.IsNullOrEmpty(token))
        {
            problem = new(WebhookCheckStatus.MissingHeader, $"the body has no token at '{path}'.");
            return null;
        }

        problem = null;
        return new SharedTokenReading(Encoding.UTF8.GetBytes(token)) { Header = "$." + path };
    }
}
