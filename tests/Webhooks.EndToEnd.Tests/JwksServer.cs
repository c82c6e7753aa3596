using System.Buffers.Text;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Webhooks.EndToEnd.Tests;

/// <summary>
/// An identity server's <c>/.well-known/jwks.json</c> on real Kestrel at 127.0.0.1: its JSON can be changed (a key
/// rotation), it counts the requests it answers, and it can start after the app (an endpoint down at start-up).
/// </summary>
public sealed class JwksServer : IAsyncDisposable
{
    private readonly int _port = FreePort();
    private WebApplication? _app;
    private int _requests;

    public Uri Url => new($"http://127.0.0.1:{_port}/.well-known/jwks.json");

    /// <summary>What the endpoint answers.</summary>
    public string Json { get; set; } = """{"keys":[]}""";

    public int Requests => Volatile.Read(ref _requests);

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{_port}");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGet("/.well-known/jwks.json", () =>
        {
            Interlocked.Increment(ref _requests);
            return Results.Text(Json, "application/json");
        });
        await _app.StartAsync();
    }

    /// <summary>A JWKS of these public JWKs.</summary>
    public static string Jwks(params string[] keys) => $$"""{"keys":[{{string.Join(",", keys)}}]}""";

    /// <summary>The public JWK of <paramref name="key"/>, named <paramref name="kid"/>.</summary>
    public static string Jwk(RSA key, string kid)
    {
        var p = key.ExportParameters(false);
        return $$"""{"kty":"RSA","use":"sig","alg":"RS256","kid":"{{kid}}","n":"{{B64(p.Modulus!)}}","e":"{{B64(p.Exponent!)}}"}""";
    }

    /// <summary>The public JWK of a P-256 <paramref name="key"/>, named <paramref name="kid"/>.</summary>
    public static string Jwk(ECDsa key, string kid)
    {
        var p = key.ExportParameters(false);
        return $$"""{"kty":"EC","use":"sig","crv":"P-256","kid":"{{kid}}","x":"{{B64(p.Q.X!)}}","y":"{{B64(p.Q.Y!)}}"}""";
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private static string B64(byte[] bytes) => Base64Url.EncodeToString(bytes);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
