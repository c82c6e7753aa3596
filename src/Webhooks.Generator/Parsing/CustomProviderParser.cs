using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Webhooks.Generator.Model;
using Webhooks.Providers;

namespace Webhooks.Generator.Parsing;

/// <summary>Reads <c>[assembly: WebhookProviderDefinition]</c> attributes into <see cref="CustomProviderModel"/>s.</summary>
internal static class CustomProviderParser
{
    public static ImmutableArray<CustomProviderModel> Parse(GeneratorAttributeSyntaxContext context)
    {
        var builder = ImmutableArray.CreateBuilder<CustomProviderModel>();
        foreach (var attribute in context.Attributes)
        {
            if (Parse(attribute) is { } model)
            {
                builder.Add(model);
            }
        }

        return builder.ToImmutable();
    }

    public static CustomProviderModel? Parse(AttributeData attribute)
    {
        // A built-in name can't be redeclared; the analyzer reports it.
        if (attribute.ConstructorArguments.FirstOrDefault().Value is not string { Length: > 0 } name || BuiltInProviders.Find(name) is not null)
        {
            return null;
        }

        var named = attribute.NamedArguments.ToDictionary(a => a.Key, a => a.Value);
        string? Text(string key) => named.TryGetValue(key, out var value) ? value.Value as string : null;
        TEnum Member<TEnum>(string key, TEnum fallback)
            where TEnum : struct => named.TryGetValue(key, out var value) && value.Value is int number ? (TEnum)(object)number : fallback;
        char Character(string key, char fallback) => named.TryGetValue(key, out var value) && value.Value is char c ? c : fallback;

        var eventType = Text("EventTypeHeader") is { } header
            ? new ValueSourceModel(ValueSourceKind.Header, header)
            : new ValueSourceModel(ValueSourceKind.JsonPath, Text("EventTypeJsonPath") ?? DeclaredProviderDefaults.EventTypeJsonPath);
        var idempotency = Text("IdempotencyHeader") is { } idHeader
            ? new ValueSourceModel(ValueSourceKind.Header, idHeader)
            : Text("IdempotencyJsonPath") is { } idPath ? new ValueSourceModel(ValueSourceKind.JsonPath, idPath) : (ValueSourceModel?)null;
        IEnumerable<string> Texts(string key) => named.TryGetValue(key, out var values) && !values.IsNull
            ? values.Values.Select(v => v.Value as string).Where(v => v is not null).Select(v => v!)
            : Enumerable.Empty<string>();
        var knownEvents = Texts("KnownEvents");
        var jwtAlgorithms = Texts("JwtAlgorithms").ToEquatableArray();
        var publicKeyScheme = new PublicKeySchemeModel(Text("TimestampHeader"), Text("PublicKeyEnvironmentVariable"), Text("BodyHashClaim"), jwtAlgorithms);

        return new CustomProviderModel(
            name,
            Member("Scheme", DeclaredProviderDefaults.Scheme),
            Text("SignatureHeader"),
            Text("SignaturePrefix"),
            Member("Algorithm", DeclaredProviderDefaults.Algorithm),
            Member("Encoding", DeclaredProviderDefaults.Encoding),
            Member("SecretEncoding", DeclaredProviderDefaults.SecretEncoding),
            eventType,
            idempotency,
            Text("SecretEnvironmentVariable"),
            knownEvents.ToEquatableArray(),
            Text("UsernameEnvironmentVariable"),
            Text("TokenJsonPath"),
            new TimestampedLayoutModel(
                Text("SignatureKey"),
                Character("ItemSeparator", DeclaredProviderDefaults.ItemSeparator),
                Text("TimestampKey"),
                Text("TimestampHeader"),
                Member("TimestampUnit", default(TimestampUnit)),
                Text("SignedPrefix"),
                Character("SignedSeparator", DeclaredProviderDefaults.SignedSeparator)))
        {
            // Left out when nothing is set, so that the output for other schemes stays as it was.
            // TimestampHeader is TimestampedHmac's too, which writes it itself.
            PublicKeyScheme = Member("Scheme", DeclaredProviderDefaults.Scheme) == SignatureScheme.TimestampedHmac
                || publicKeyScheme == new PublicKeySchemeModel(null, null, null, default(EquatableArray<string>)) ? null : publicKeyScheme,
        };
    }
}
