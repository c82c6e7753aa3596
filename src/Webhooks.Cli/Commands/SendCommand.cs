using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Webhooks.Cli.Output;
using Webhooks.Cli.Sending;
using Webhooks.Providers;
using Webhooks.Testing;

namespace Webhooks.Cli.Commands;

/// <summary><c>send &lt;provider&gt; [event]</c>: signs a test event exactly as the provider does and posts it, once or as a burst.</summary>
internal static class SendCommand
{
    public static Command Create(CliContext context)
    {
        var provider = SharedOptions.Provider("The provider whose delivery to send, signed as it signs.");
        var eventType = new Argument<string?>("event")
        {
            Description = "The event type, such as batch.completed; the provider's default event when left out (dotnet webhooks fixtures <provider> lists them).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var url = SharedOptions.Url("The app's base URL.");
        var secret = SharedOptions.Secret();
        var secretEnv = SharedOptions.SecretEnv();
        var data = SharedOptions.Data("Send this body (a file, or - for standard input) instead of the built-in fixture.");
        var set = SharedOptions.Set();
        var path = SharedOptions.Path();
        var count = new Option<int>("--count", "-n") { Description = "How many deliveries to send, each with fresh ids.", DefaultValueFactory = _ => 1 };
        var concurrency = new Option<int>("--concurrency", "-c") { Description = "How many to send at a time.", DefaultValueFactory = _ => 1 };
        var header = SharedOptions.Header("Add a header to every request (repeatable).");
        var timeout = new Option<double>("--timeout") { Description = "Seconds to wait for each answer.", DefaultValueFactory = _ => 30, HelpName = "seconds" };
        count.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) { r.AddError("--count must be at least 1."); } });
        concurrency.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) { r.AddError("--concurrency must be at least 1."); } });
        timeout.Validators.Add(r => { if (r.GetValueOrDefault<double>() <= 0) { r.AddError("--timeout must be more than 0 seconds."); } });

        var command = new Command("send", "Sign a test event exactly as the provider does and post it to your app; prints the answer, or a summary of a burst.")
        {
            provider, eventType, url, secret, secretEnv, data, set, path, count, concurrency, header, timeout,
        };
        command.SetAction((parse, ct) => RunAsync(context, new Request(
            SharedOptions.Descriptor(parse.GetValue(provider)!),
            parse.GetValue(eventType),
            parse.GetValue(url)!,
            parse.GetValue(secret),
            parse.GetValue(secretEnv),
            parse.GetValue(data),
            parse.GetValue(set),
            parse.GetValue(path),
            parse.GetValue(count),
            parse.GetValue(concurrency),
            SharedOptions.Headers(parse.GetValue(header)),
            TimeSpan.FromSeconds(parse.GetValue(timeout))), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, Request request, CancellationToken cancellationToken)
    {
        var secret = SecretSource.Resolve(request.Provider, request.Secret, request.SecretEnv, context.Environment);
        var sender = CreateSender(request.Provider, secret);
        var body = DeliveryBody.Create(request.Provider, request.EventType, request.Data, request.Overrides, context);
        foreach (var note in EventNames.Notes(request.Provider, body.EventType, body.IsFixed))
        {
            context.Error.WriteLine(note);
        }

        var target = new Uri(new Uri(request.Url), string.IsNullOrEmpty(request.Path) ? sender.DefaultPath : request.Path).ToString();
        Probe(sender, body, target);
        using var client = new HttpClient { Timeout = request.Timeout };
        if (request.Count == 1)
        {
            return await SendOneAsync(context, request, sender, body, client, target, cancellationToken);
        }

        if (body.IsFixed && request.Provider.IdempotencyKeys.All(k => k.Kind != ValueSourceKind.Header))
        {
            context.Error.WriteLine($"warning: every send carries the same --data body, and {request.Provider.Name} deduplicates on {request.Provider.IdempotencyKeys[0].Name} in it: the app handles it once.");
        }

        var (summary, elapsed) = await Burst.RunAsync(request.Count, request.Concurrency, async ct =>
        {
            var fixture = body.Next();
            using var message = Build(sender, fixture, target, request.Headers);
            var clock = Stopwatch.StartNew();
            try
            {
                using var response = await client.SendAsync(message, ct);
                await response.Content.ReadAsByteArrayAsync(ct);
                return new SendOutcome((int)response.StatusCode, StatusLine(response), clock.Elapsed);
            }
            catch (Exception exception) when (exception is HttpRequestException || (exception is TaskCanceledException && !ct.IsCancellationRequested))
            {
                return new SendOutcome(null, HttpFailures.Describe(exception), clock.Elapsed, HttpFailures.IsUnreachable(exception));
            }
        }, context, cancellationToken);

        summary.Render(context.Console, $"{request.Provider.Name} {body.EventType} deliveries", target, request.Concurrency, elapsed);
        if (summary.ExitCode == ExitCodes.Unreachable)
        {
            context.Error.WriteLine($"error: could not reach {target}. Is the app running? Point at it with --url.");
        }

        return summary.ExitCode;
    }

    private static async Task<int> SendOneAsync(CliContext context, Request request, WebhookSender sender, DeliveryBody body, HttpClient client, string target, CancellationToken cancellationToken)
    {
        var fixture = body.Next();
        using var message = Build(sender, fixture, target, request.Headers);
        var delivery = DeliveryFacts.DeliveryId(request.Provider, fixture, message);
        var what = DeliveryFacts.EventType(request.Provider, fixture) + (delivery is null ? "" : ", delivery " + delivery);
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await client.SendAsync(message, cancellationToken);
            var answer = await response.Content.ReadAsStringAsync(cancellationToken);
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"POST {target} ({what}) → {StatusLine(response)} in {clock.Elapsed.TotalMilliseconds:0} ms"));
            if (answer.Length > 0)
            {
                context.Out.WriteLine(answer);
            }

            return response.IsSuccessStatusCode ? ExitCodes.Success : ExitCodes.Failed;
        }
        catch (Exception exception) when (exception is HttpRequestException || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw HttpFailures.Wrap(exception, target, "Is the app running? Point at it with --url.");
        }
    }

    private static HttpRequestMessage Build(WebhookSender sender, WebhookFixture fixture, string target, List<KeyValuePair<string, string>> headers)
    {
        var message = sender.CreateRequest(fixture, target);
        foreach (var (name, value) in headers)
        {
            message.Headers.Remove(name);
            if (!message.Headers.TryAddWithoutValidation(name, value))
            {
                message.Content!.Headers.Remove(name);
                message.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return message;
    }

    /// <summary>Signs one delivery before anything is sent, so that a key that can't sign (a malformed whsk_ key) is a usage error.</summary>
    internal static void Probe(WebhookSender sender, DeliveryBody body, string target)
    {
        try
        {
            sender.CreateRequest(body.Next(), target).Dispose();
        }
        catch (Exception exception) when (exception is not CliUsageException)
        {
            throw new CliUsageException($"the secret can't sign for {sender.Provider}: {exception.Message}");
        }
    }

    /// <summary>A sender for the secret, or a usage error that says why the secret can't sign.</summary>
    internal static WebhookSender CreateSender(ProviderDescriptor provider, string secret)
    {
        try
        {
            return new WebhookSender(provider.Name, secret);
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException)
        {
            throw new CliUsageException($"the secret can't sign for {provider.Name}: {exception.Message}");
        }
    }

    internal static string StatusLine(HttpResponseMessage response) =>
        ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture) + " " + (response.ReasonPhrase ?? response.StatusCode.ToString());

    private sealed record Request(
        ProviderDescriptor Provider, string? EventType, string Url, string? Secret, string? SecretEnv, string? Data, string[]? Overrides,
        string? Path, int Count, int Concurrency, List<KeyValuePair<string, string>> Headers, TimeSpan Timeout);
}
