using System.CommandLine;
using System.Globalization;
using Webhooks.Cli.Sending;
using Webhooks.Cli.Signing;

namespace Webhooks.Cli.Commands;

/// <summary><c>sign &lt;provider&gt;</c>: prints the headers the provider would sign a body with, and a ready <c>curl</c> line.</summary>
internal static class SignCommand
{
    public static Command Create(CliContext context)
    {
        var provider = SharedOptions.Provider("The provider whose signature to make.");
        var eventType = new Option<string>("--event", "-e")
        {
            Description = "The event type: the fixture to sign (without --data), and the event header for providers that name it in one (GitHub, Shopify).",
            HelpName = "type",
        };
        var secret = SharedOptions.Secret();
        var secretEnv = SharedOptions.SecretEnv();
        var data = SharedOptions.Data("Sign this body (a file, or - for standard input) instead of the built-in fixture.");
        var set = SharedOptions.Set();
        var url = SharedOptions.Url("The app's base URL, for the curl line (Twilio signs the full URL).");
        var path = SharedOptions.Path();

        var command = new Command("sign", "Print the headers the provider would sign a body with, and a curl command line that sends it.")
        {
            provider, eventType, secret, secretEnv, data, set, url, path,
        };
        command.SetAction(parse =>
        {
            var descriptor = SharedOptions.Descriptor(parse.GetValue(provider)!);
            var key = SecretSource.Resolve(descriptor, parse.GetValue(secret), parse.GetValue(secretEnv), context.Environment);
            var sender = SendCommand.CreateSender(descriptor, key);
            var dataFile = parse.GetValue(data);
            var body = DeliveryBody.Create(descriptor, parse.GetValue(eventType), dataFile, parse.GetValue(set), context);
            var fixture = body.Next();
            var route = parse.GetValue(path) is { Length: > 0 } custom ? custom : sender.DefaultPath;
            var target = new Uri(new Uri(parse.GetValue(url)!), route).ToString();
            SendCommand.Probe(sender, body, target);
            using var request = sender.CreateRequest(fixture, target);

            var headers = request.Headers.Concat(request.Content!.Headers)
                .Where(h => !h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                .Select(h => new KeyValuePair<string, string>(h.Key, string.Join(", ", h.Value)))
                .ToList();
            context.Out.WriteLine($"# {descriptor.Name} {DeliveryFacts.EventType(descriptor, fixture)}, signed {DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)}" +
                (descriptor.SignsTimestamp ? ": the receiver accepts it for 5 minutes (its default tolerance)." : "."));
            foreach (var (name, value) in headers)
            {
                context.Out.WriteLine($"{name}: {value}");
            }

            // A file's bytes are sent as they are; any other body (a fixture, stdin, or --set's rewrite) goes inline.
            var bodyFile = dataFile is { } file && file != "-" && (parse.GetValue(set) ?? []).Length == 0 ? file : null;
            context.Out.WriteLine();
            context.Out.WriteLine(CurlCommand.For(request.RequestUri!.ToString(), headers, fixture.Body, bodyFile));
            return ExitCodes.Success;
        });
        return command;
    }
}
