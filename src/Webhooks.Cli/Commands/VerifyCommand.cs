using System.CommandLine;
using System.Globalization;
using Webhooks.Cli.Sending;
using Webhooks.Cli.Verifying;
using Webhooks.Testing;

namespace Webhooks.Cli.Commands;

/// <summary><c>verify &lt;provider&gt;</c>: checks a captured request against a secret and says why it fails.</summary>
internal static class VerifyCommand
{
    public static Command Create(CliContext context)
    {
        var provider = SharedOptions.Provider("The provider that signed the request.");
        var secret = SharedOptions.Secret();
        var secretEnv = SharedOptions.SecretEnv();
        var headers = new Option<string>("--headers")
        {
            Description = "The request's headers, as 'Name: value' lines (as curl -D or a proxy log writes them); - for standard input.",
            HelpName = "file|-",
            Required = true,
        };
        var body = new Option<string>("--body")
        {
            Description = "The request's body, byte for byte; - for standard input.",
            HelpName = "file|-",
            Required = true,
        };
        var url = SharedOptions.Url("For Twilio, which signs it: the full URL the request was posted to (else the request line and Host header of --headers).", defaultValue: null);
        var tolerance = new Option<string>("--tolerance")
        {
            Description = "How far the signed timestamp may be from now, either way: seconds, or off.",
            HelpName = "seconds|off",
            DefaultValueFactory = _ => "300",
        };

        var command = new Command("verify", "Check a captured request (its headers and body) against a secret, as the receiver would; says valid, or exactly why not.")
        {
            provider, secret, secretEnv, headers, body, url, tolerance,
        };
        command.SetAction(parse =>
        {
            var descriptor = SharedOptions.Descriptor(parse.GetValue(provider)!);
            var key = SecretSource.Resolve(descriptor, parse.GetValue(secret), parse.GetValue(secretEnv), context.Environment);
            var headersPath = parse.GetValue(headers)!;
            var bodyPath = parse.GetValue(body)!;
            if (headersPath == "-" && bodyPath == "-")
            {
                throw new CliUsageException("only one of --headers and --body can be read from standard input.");
            }

            var captured = HeaderFile.Parse(System.Text.Encoding.UTF8.GetString(Read(headersPath, "--headers", context)), headersPath);
            var bytes = Read(bodyPath, "--body", context);
            var check = new WebhookSignatureCheck(descriptor, key) { Tolerance = Tolerance(parse.GetValue(tolerance)!) };
            var requestUrl = descriptor.Scheme == SignatureScheme.Twilio ? TwilioUrl(parse.GetValue(url), captured) : null;
            var result = check.Check(captured.Headers, bytes, requestUrl);
            context.Out.WriteLine((result.IsValid ? "valid: " : "invalid: ") + result.Reason);
            return result.IsValid ? ExitCodes.Success : ExitCodes.Failed;
        });
        return command;
    }

    private static byte[] Read(string path, string option, CliContext context)
    {
        try
        {
            if (path == "-")
            {
                using var input = context.OpenInput();
                using var copy = new MemoryStream();
                input.CopyTo(copy);
                return copy.ToArray();
            }

            return File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"{option} {path}: {exception.Message}");
        }
    }

    private static TimeSpan? Tolerance(string text) =>
        text.Equals("off", StringComparison.OrdinalIgnoreCase) ? null
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 ? TimeSpan.FromSeconds(seconds)
        : throw new CliUsageException($"--tolerance takes seconds or off (got '{text}').");

    // --url when it has a path; else the request line's target under --url's (or the Host header's) origin.
    private static string TwilioUrl(string? url, HeaderFile captured)
    {
        if (url is not null && new Uri(url).PathAndQuery is not "/")
        {
            return url;
        }

        var host = captured.Headers.LastOrDefault(h => h.Key.Equals("Host", StringComparison.OrdinalIgnoreCase)).Value;
        var origin = url?.TrimEnd('/') ?? (host is null ? null : "http://" + host);
        return origin is not null && captured.RequestTarget is { } target
            ? origin + target
            : throw new CliUsageException("Twilio signs the full URL: pass it with --url (as Twilio posted to it, query included), or capture the request line and Host header in --headers.");
    }
}
