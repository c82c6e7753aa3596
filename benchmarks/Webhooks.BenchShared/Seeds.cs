using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Webhooks.Benchmarks;

/// <summary>
/// The seeds' approach, written the way the providers' and blog posts' copy-paste snippets do it: the body read
/// as a string, the signed content built by string concatenation, <c>Convert.FromBase64String</c> on the secret,
/// <c>new HMACSHA256</c> per request, signatures compared as strings, the event type found with
/// <see cref="JsonDocument"/>, a dictionary of delegates, reflection-based <see cref="JsonSerializer"/>.
/// Deliberately unoptimised; it does no deduplication (which only flatters it).
/// </summary>
public static class Seeds
{
    private static readonly Dictionary<string, Func<string, object?>> OpenAIHandlers = new()
    {
        ["batch.completed"] = json => JsonSerializer.Deserialize<OpenAIEvent>(json),
        ["batch.failed"] = json => JsonSerializer.Deserialize<OpenAIEvent>(json),
    };

    private static readonly Dictionary<string, Func<string, object?>> StripeHandlers = new()
    {
        ["payment_intent.succeeded"] = json => JsonSerializer.Deserialize<StripeEvent<StripePaymentIntent>>(json),
        ["invoice.paid"] = json => JsonSerializer.Deserialize<StripeEvent<StripeInvoice>>(json),
    };

    private static readonly Dictionary<string, Func<string, object?>> GitHubHandlers = new()
    {
        ["push"] = json => JsonSerializer.Deserialize<GitHubPushEvent>(json),
        ["ping"] = json => JsonSerializer.Deserialize<GitHubPingEvent>(json),
    };

    /// <summary>Verifies and dispatches one delivery; <c>null</c> when the signature is wrong.</summary>
    public static object? Handle(string provider, Func<string, string> header, byte[] rawBody) => provider switch
    {
        "openai" => OpenAI(header, Encoding.UTF8.GetString(rawBody)),
        "stripe" => Stripe(header, Encoding.UTF8.GetString(rawBody)),
        _ => GitHub(header, Encoding.UTF8.GetString(rawBody)),
    };

    public static object? OpenAI(Func<string, string> header, string body)
    {
        var id = header("webhook-id");
        var timestamp = header("webhook-timestamp");
        var signedContent = id + "." + timestamp + "." + body;
        var secretBytes = Convert.FromBase64String(Deliveries.OpenAISecret.Split('_')[1]);
        using var hmac = new HMACSHA256(secretBytes);
        var expected = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(signedContent)));
        var valid = false;
        foreach (var versioned in header("webhook-signature").Split(' '))
        {
            var parts = versioned.Split(',');
            if (parts.Length == 2 && parts[1] == expected)
            {
                valid = true;
            }
        }

        if (!valid || Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - long.Parse(timestamp)) > 86400)
        {
            return null;
        }

        using var doc = JsonDocument.Parse(body);
        var type = doc.RootElement.GetProperty("type").GetString()!;
        return OpenAIHandlers.TryGetValue(type, out var handler) ? handler(body) : "unhandled";
    }

    public static object? Stripe(Func<string, string> header, string body)
    {
        var items = header("Stripe-Signature").Split(',');
        var timestamp = items.First(i => i.StartsWith("t=")).Substring(2);
        var signedPayload = timestamp + "." + body;
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(Deliveries.StripeSecret));
        var expected = BitConverter.ToString(hmac.ComputeHash(Encoding.UTF8.GetBytes(signedPayload))).Replace("-", "").ToLower();
        if (!items.Where(i => i.StartsWith("v1=")).Any(i => i.Substring(3) == expected)
            || Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - long.Parse(timestamp)) > 86400)
        {
            return null;
        }

        using var doc = JsonDocument.Parse(body);
        var type = doc.RootElement.GetProperty("type").GetString()!;
        return StripeHandlers.TryGetValue(type, out var handler) ? handler(body) : "unhandled";
    }

    public static object? GitHub(Func<string, string> header, string body)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(Deliveries.GitHubSecret));
        var expected = "sha256=" + BitConverter.ToString(hmac.ComputeHash(Encoding.UTF8.GetBytes(body))).Replace("-", "").ToLower();
        if (header("X-Hub-Signature-256") != expected)
        {
            return null;
        }

        return GitHubHandlers.TryGetValue(header("X-GitHub-Event"), out var handler) ? handler(body) : "unhandled";
    }
}
