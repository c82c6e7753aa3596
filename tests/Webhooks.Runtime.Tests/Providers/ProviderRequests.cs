using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Extensions.Time.Testing;
using Webhooks.Configuration;
using Webhooks.Providers;
using Webhooks.Verification;

namespace Webhooks.Runtime.Tests.Providers;

/// <summary>Requests, clocks and verifiers for the provider tests: built the way the runtime builds them.</summary>
internal static class ProviderRequests
{
    public static FakeTimeProvider ClockAt(long unixSeconds) => new(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));

    /// <summary>The verifier the runtime would build for <paramref name="provider"/> with these secrets.</summary>
    public static WebhookSignatureVerifier Verifier(string provider, TimeProvider clock, params string[] secrets) =>
        Verifier(provider, clock, options => options.Secrets.AddRange(secrets));

    public static WebhookSignatureVerifier Verifier(string provider, TimeProvider clock, Action<WebhookProviderOptions> configure)
    {
        var options = new WebhookProviderOptions();
        configure(options);
        return WebhookVerifierFactory.Create(BuiltInProviders.Find(provider)!, options, clock);
    }

    /// <summary>A POST carrying exactly the given headers; a null value leaves the header out.</summary>
    public static HttpRequest Request(params (string Name, string? Value)[] headers) => Request("https://example.com/webhooks", headers);

    /// <summary>A POST to <paramref name="url"/> carrying exactly the given headers.</summary>
    public static HttpRequest Request(string url, params (string Name, string? Value)[] headers)
    {
        var uri = new Uri(url);
        var request = new DefaultHttpContext().Request;
        request.Method = "POST";
        request.Scheme = uri.Scheme;
        request.Host = new HostString(uri.IsDefaultPort && !HasExplicitPort(url) ? uri.Host : uri.Host + ":" + uri.Port);
        request.Path = PathString.FromUriComponent(uri);
        request.QueryString = QueryString.FromUriComponent(uri);
        foreach (var (name, value) in headers)
        {
            if (value is not null)
            {
                request.Headers[name] = value;
            }
        }

        return request;
    }

    /// <summary>The request and body the server would see for a message from <c>WebhookSigner</c>.</summary>
    public static async Task<(HttpRequest Request, byte[] Body)> Receive(HttpRequestMessage message)
    {
        var uri = message.RequestUri!.IsAbsoluteUri ? message.RequestUri : new Uri(new Uri("http://localhost"), message.RequestUri);
        var request = Request(uri.OriginalString);
        request.Method = message.Method.Method;
        foreach (var (name, values) in message.Headers.Concat(message.Content!.Headers))
        {
            request.Headers[name] = new StringValues([.. values]);
        }

        return (request, await message.Content.ReadAsByteArrayAsync());
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>A copy of <paramref name="body"/> with one byte changed.</summary>
    public static byte[] Tampered(byte[] body)
    {
        var copy = (byte[])body.Clone();
        copy[copy.Length / 2] ^= 0x01;
        return copy;
    }

    // Uri drops a default port that was written out (https://host:443/); a Host header keeps it.
    private static bool HasExplicitPort(string url)
    {
        var authorityStart = url.IndexOf("://", StringComparison.Ordinal) + 3;
        var authorityEnd = url.IndexOfAny(['/', '?'], authorityStart);
        var authority = authorityEnd < 0 ? url[authorityStart..] : url[authorityStart..authorityEnd];
        return authority.Contains(':', StringComparison.Ordinal);
    }
}
