using System.Linq;
using System.Text;
using Webhooks.Generator.Model;

namespace Webhooks.Generator.Emitting;

/// <summary>Writes a declared provider back out as a <c>ProviderDescriptor</c> field of the registration class.</summary>
internal static class CustomProviderEmitter
{
    private const string Providers = "global::Webhooks.Providers.";

    public static string FieldName(string providerName)
    {
        var name = new StringBuilder("s_provider_");
        foreach (var c in providerName)
        {
            name.Append(char.IsLetterOrDigit(c) ? c : '_');
        }

        return name.ToString();
    }

    public static void WriteField(SourceWriter writer, CustomProviderModel provider)
    {
        writer.Line($"private static readonly {Providers}ProviderDescriptor {FieldName(provider.Name)} = new()").Open();
        writer.Line($"Name = {GeneratedCode.Literal(provider.Name)},");
        writer.Line($"Scheme = {Providers}SignatureScheme.{provider.Scheme},");
        writer.Line($"SecretEncoding = {Providers}SecretEncoding.{provider.SecretEncoding},");
        writer.Line($"Algorithm = {Providers}HmacAlgorithm.{provider.Algorithm},");
        writer.Line($"Encoding = {Providers}SignatureEncoding.{provider.Encoding},");
        WriteOptional(writer, "SignatureHeader", provider.SignatureHeader);
        WriteOptional(writer, "SignaturePrefix", provider.SignaturePrefix);
        WriteOptional(writer, "SecretEnvironmentVariable", provider.SecretEnvironmentVariable);
        writer.Line($"EventType = {Source(provider.EventType)},");
        if (provider.IdempotencyKey is { } key)
        {
            writer.Line($"IdempotencyKeys = new[] {{ {Source(key)} }},");
        }

        writer.Line($"KnownEvents = new string[] {{ {string.Join(", ", provider.KnownEvents.Select(GeneratedCode.Literal))} }},");
        writer.Close("};");
    }

    private static void WriteOptional(SourceWriter writer, string property, string? value)
    {
        if (value is not null)
        {
            writer.Line($"{property} = {GeneratedCode.Literal(value)},");
        }
    }

    private static string Source(ValueSourceModel source) =>
        $"{Providers}ValueSource.{source.Factory}({GeneratedCode.Literal(source.Name)})";
}
