using Microsoft.CodeAnalysis;
using Webhooks.Generator.Model;

namespace Webhooks.Generator.Parsing;

/// <summary>What System.Text.Json's attributes on a property or field say about it.</summary>
internal readonly record struct JsonMemberAttributes
{
    /// <summary>Has a <c>[JsonConverter]</c>: the generator can't describe it (the other facts are then not read).</summary>
    public bool HasConverter { get; init; }

    public JsonIgnoreCondition? IgnoreCondition { get; init; }

    public bool HasJsonInclude { get; init; }

    public JsonNumberHandling? NumberHandling { get; init; }

    public JsonObjectCreationHandling? ObjectCreationHandling { get; init; }

    public string? JsonName { get; init; }

    public int Order { get; init; }

    public bool IsExtensionData { get; init; }

    public bool HasJsonRequired { get; init; }

    public bool IsIgnored => IgnoreCondition == JsonIgnoreCondition.Always;

    public static JsonMemberAttributes Read(ISymbol member)
    {
        var result = new JsonMemberAttributes();
        foreach (var attribute in member.GetAttributes())
        {
            if (JsonAttributes.IsConverter(attribute))
            {
                return new JsonMemberAttributes { HasConverter = true };
            }

            if (attribute.AttributeClass?.ContainingAssembly?.Name != "System.Text.Json")
            {
                continue;
            }

            result = attribute.AttributeClass.Name switch
            {
                // [JsonIgnore] alone is Always; with one Condition argument, that condition.
                "JsonIgnoreAttribute" => attribute.NamedArguments.Length == 0
                    ? result with { IgnoreCondition = JsonIgnoreCondition.Always }
                    : attribute.NamedArguments.Length == 1 && attribute.NamedArguments[0].Value.Value is int condition
                        ? result with { IgnoreCondition = (JsonIgnoreCondition)condition }
                        : result,
                "JsonIncludeAttribute" => result with { HasJsonInclude = true },
                "JsonNumberHandlingAttribute" => result with { NumberHandling = (JsonNumberHandling?)JsonAttributes.EnumArgument(attribute) },
                "JsonObjectCreationHandlingAttribute" => result with { ObjectCreationHandling = (JsonObjectCreationHandling?)JsonAttributes.EnumArgument(attribute) },
                "JsonPropertyNameAttribute" => result with { JsonName = FirstArgument(attribute) as string },
                "JsonPropertyOrderAttribute" => result with { Order = FirstArgument(attribute) is int order ? order : 0 },
                "JsonExtensionDataAttribute" => result with { IsExtensionData = true },
                "JsonRequiredAttribute" => result with { HasJsonRequired = true },
                _ => result,
            };
        }

        return result;
    }

    private static object? FirstArgument(AttributeData attribute) =>
        attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value : null;
}
