using System.CommandLine;
using Webhooks.Providers;

namespace Webhooks.Cli.Commands;

/// <summary>The arguments and options several commands take, so that they read the same everywhere.</summary>
internal static class SharedOptions
{
    /// <summary>The app the sample serves on, and the tool's default.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    private static readonly string[] ProviderNames = [.. BuiltInProviders.All.Select(p => p.Name)];

    public static Argument<string> Provider(string description) => WithProviders(new Argument<string>("provider") { Description = description });

    public static Option<string> Secret() => new("--secret")
    {
        Description = "The signing secret, as the receiver is configured with it. Prefer the provider's environment variable " +
            "(OPENAI_WEBHOOK_SECRET, STRIPE_WEBHOOK_SECRET, …), which is read when --secret is not given, or name another with --secret-env.",
    };

    public static Option<string> SecretEnv() => new("--secret-env")
    {
        Description = "The environment variable that holds the secret, instead of the provider's own.",
        HelpName = "name",
    };

    public static Option<string> Data(string description) => new("--data", "-d")
    {
        Description = description,
        HelpName = "file|-",
    };

    public static Option<string[]> Set() => new("--set")
    {
        Description = "Change a field of the body: a dot path and a value (repeatable), such as data.object.amount=500 or " +
            "items[0].price=1.5. Numbers, true, false, null and JSON objects or arrays are written as JSON, anything else as a " +
            "string (quote it, '\"500\"', to force a string). For Twilio's form bodies, Name=value sets a field.",
        HelpName = "path=value",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<string> Path() => new("--path")
    {
        Description = "The route, when the app maps the provider elsewhere (Webhooks:{provider}:Path).",
        HelpName = "route",
        DefaultValueFactory = _ => "",
    };

    public static Option<string[]> Header(string description) => new("--header", "-H")
    {
        Description = description,
        HelpName = "'Name: value'",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<string> Url(string description, string? defaultValue = DefaultUrl)
    {
        var option = new Option<string>("--url", "-u") { Description = description, HelpName = "url" };
        if (defaultValue is not null)
        {
            option.DefaultValueFactory = _ => defaultValue;
        }

        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is not null && (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            {
                result.AddError($"--url must be an absolute http or https URL, such as {DefaultUrl} (got '{value}').");
            }
        });
        return option;
    }

    /// <summary>The provider's descriptor; the argument only accepts built-in names.</summary>
    public static ProviderDescriptor Descriptor(string name) =>
        BuiltInProviders.Find(name) ?? throw new CliUsageException($"'{name}' is not a built-in provider; they are {string.Join(", ", ProviderNames)}.");

    /// <summary>Parses repeated <c>--header 'Name: value'</c> options.</summary>
    public static List<KeyValuePair<string, string>> Headers(string[]? values)
    {
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var value in values ?? [])
        {
            var colon = value.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new CliUsageException($"--header takes 'Name: value' (got '{value}').");
            }

            headers.Add(new(value[..colon].Trim(), value[(colon + 1)..].Trim()));
        }

        return headers;
    }

    private static Argument<string> WithProviders(Argument<string> argument)
    {
        argument.AcceptOnlyFromAmong(ProviderNames);
        argument.HelpName = "provider";
        return argument;
    }
}
