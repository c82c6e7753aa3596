using System.Linq;
using System.Text;
using Webhooks.Generator.Model;
using Webhooks.Providers;

namespace Webhooks.Generator.Emitting;

/// <summary>Writes a declared provider back out as a <c>ProviderDescriptor</c> field of the registration class.</summary>
internal static class CustomProviderEmitter
{
    private const string Providers = "global::Webhooks.Providers.";
    private const string Webhooks = "global::Webhooks.";

    // The catalogue is read-only to callers: the lists are wrapped, not handed out as arrays.
    private const string ReadOnly = "global::System.Array.AsReadOnly";

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
        writer.Line($"Scheme = {Webhooks}SignatureScheme.{provider.Scheme},");
        writer.Line($"SecretEncoding = {Webhooks}SecretEncoding.{provider.SecretEncoding},");
        writer.Line($"Algorithm = {Webhooks}HmacAlgorithm.{provider.Algorithm},");
        writer.Line($"Encoding = {Webhooks}SignatureEncoding.{provider.Encoding},");
        WriteOptional(writer, "SignatureHeader", provider.SignatureHeader);
        WriteOptional(writer, "SignaturePrefix", provider.SignaturePrefix);
        WriteOptional(writer, "SecretEnvironmentVariable", provider.SecretEnvironmentVariable);
        WriteOptional(writer, "UsernameEnvironmentVariable", provider.UsernameEnvironmentVariable);

        // A header token is the SignatureHeader; only a token in the body needs a source of its own.
        if (provider.TokenJsonPath is { } tokenPath)
        {
            writer.Line($"TokenSource = {Source(new ValueSourceModel(ValueSourceKind.JsonPath, tokenPath))},");
        }

        if (provider.Scheme == SignatureScheme.TimestampedHmac)
        {
            WriteTimestamped(writer, provider.Timestamped);
        }

        writer.Line($"EventType = {Source(provider.EventType)},");
        if (provider.IdempotencyKey is { } key)
        {
            writer.Line($"IdempotencyKeys = {ReadOnly}(new[] {{ {Source(key)} }}),");
        }

        if (provider.PublicKeyScheme is { } keys)
        {
            WriteOptional(writer, "TimestampHeader", keys.TimestampHeader);
            WriteOptional(writer, "PublicKeyEnvironmentVariable", keys.PublicKeyEnvironmentVariable);
            WriteOptional(writer, "BodyHashClaim", keys.BodyHashClaim);
            if (keys.JwtAlgorithms.Length > 0)
            {
                writer.Line($"JwtAlgorithms = {ReadOnly}(new string[] {{ {string.Join(", ", keys.JwtAlgorithms.Select(GeneratedCode.Literal))} }}),");
            }
        }

        writer.Line($"KnownEvents = {ReadOnly}(new string[] {{ {string.Join(", ", provider.KnownEvents.Select(GeneratedCode.Literal))} }}),");
        writer.Close("};");
    }

    // Written only for the scheme that reads them, so that other declared providers' output is unchanged.
    private static void WriteTimestamped(SourceWriter writer, TimestampedLayoutModel layout)
    {
        WriteOptional(writer, "SignatureKey", layout.SignatureKey);
        writer.Line($"ItemSeparator = {GeneratedCode.CharLiteral(layout.ItemSeparator)},");
        WriteOptional(writer, "TimestampKey", layout.TimestampKey);
        WriteOptional(writer, "TimestampHeader", layout.TimestampHeader);
        writer.Line($"TimestampUnit = {Webhooks}TimestampUnit.{layout.TimestampUnit},");
        WriteOptional(writer, "SignedPrefix", layout.SignedPrefix);
        writer.Line($"SignedSeparator = {GeneratedCode.CharLiteral(layout.SignedSeparator)},");
    }

    private static void WriteOptional(SourceWriter writer, string property, string? value)
    {
        if (value is not null)
        {
            writer.Line($"{property} = {GeneratedCode.Literal(value)},");
        }
    }

    private static string Source(ValueSourceModel source)
    {
        var factory = source.Kind switch
        {
            ValueSourceKind.Header => "Header",
            ValueSourceKind.JsonPath => "Json",
            _ => "Form",
        };
        return $"{Providers}ValueSource.{factory}({GeneratedCode.Literal(source.Name)})";
    }
}
