using System.Collections.Generic;
using System.Linq;
using Webhooks.Generator.Model;
using Webhooks.Generator.Parsing;
using Webhooks.Providers;

namespace Webhooks.Generator.Emitting;

/// <summary>
/// Emits <c>Webhooks.Json.g.cs</c>: System.Text.Json metadata for the user's payload types, written through the
/// public <c>JsonMetadataServices</c> API as System.Text.Json's own generator writes it (which this generator
/// can't rely on: generators don't see each other's output). One resolver serves every type; one options
/// instance per naming policy holds a lazily created <c>JsonTypeInfo&lt;T&gt;</c> per payload type.
/// </summary>
internal static class PayloadJsonEmitter
{
    public const string HintName = "Webhooks.Json.g.cs";

    private const string Json = "global::System.Text.Json.";
    private const string Metadata = "global::System.Text.Json.Serialization.Metadata.";
    private const string Options = Json + "JsonSerializerOptions";
    // System.Text.Json's own messages, so that a payload fails the same way whichever generator described it.
    private const string InitOnlyMessage = "Setting init-only properties is not supported in source generation mode.";
    private const string NotSettableMessage = "The member '{0}.{1}' has been annotated with the JsonIncludeAttribute but is not visible to the source generator.";

    public static string Emit(JsonPayloadsModel model)
    {
        var names = MemberNames(model.Types);
        var writer = GeneratedCode.NewFile();
        writer.Open("namespace Webhooks.Generated");
        writer.Line("/// <summary>");
        writer.Line("/// Compile-time JSON metadata for this assembly's webhook payload types, which the generated dispatch");
        writer.Line("/// deserializes with: no reflection, so trimming and Native AOT keep working. Read a type with the");
        writer.Line("/// options of its provider's naming policy, such as <c>WebhookPayloadJson.SnakeCaseLower.Get&lt;T&gt;()</c>.");
        writer.Line("/// </summary>");
        writer.Line(GeneratedCode.Attribute);
        writer.Open("internal static class WebhookPayloadJson");
        writer.Line("/// <summary>Resolves the metadata of every type below, for any options (enums use their naming policy).</summary>");
        writer.Line($"public static {Metadata}IJsonTypeInfoResolver TypeInfoResolver {{ get; }} = new Resolver();");
        foreach (var policy in model.Policies)
        {
            writer.Line();
            WritePolicy(writer, policy);
        }

        writer.Line();
        writer.Open($"private static {Options} CreateOptions({Json}JsonNamingPolicy? namingPolicy)");
        writer.Line($"var options = new {Options} {{ PropertyNamingPolicy = namingPolicy, TypeInfoResolver = TypeInfoResolver }};");
        writer.Line("options.MakeReadOnly();");
        writer.Line("return options;");
        writer.Close();

        writer.Line();
        writer.Open($"private static {Metadata}JsonTypeInfo<T> Finish<T>({Metadata}JsonTypeInfo<T> typeInfo)");
        writer.Line("typeInfo.OriginatingResolver = TypeInfoResolver;");
        writer.Line("return typeInfo;");
        writer.Close();

        writer.Line();
        writer.Open($"private sealed class Resolver : {Metadata}IJsonTypeInfoResolver");
        writer.Open($"public {Metadata}JsonTypeInfo? GetTypeInfo(global::System.Type type, {Options} options)");
        foreach (var type in model.Types)
        {
            writer.Open($"if (type == typeof({type.FullyQualifiedName}))");
            writer.Line($"return Create_{names[type.FullyQualifiedName]}(options);");
            writer.Close();
        }

        writer.Line("return null;");
        writer.Close();
        writer.Close();

        foreach (var type in model.Types)
        {
            writer.Line();
            WriteType(writer, type, names[type.FullyQualifiedName]);
        }

        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    /// <summary>A unique member name per type: its short name, numbered when two types share one.</summary>
    private static Dictionary<string, string> MemberNames(EquatableArray<JsonTypeModel> types)
    {
        var names = new Dictionary<string, string>();
        var taken = new HashSet<string>();
        foreach (var type in types)
        {
            var name = Identifier(type.Name);
            for (var i = 2; !taken.Add(name); i++)
            {
                name = Identifier(type.Name) + i;
            }

            names[type.FullyQualifiedName] = name;
        }

        return names;
    }

    private static string Identifier(string name) => new(name.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());

    private static void WritePolicy(SourceWriter writer, string policy)
    {
        var description = policy switch
        {
            nameof(JsonNaming.SnakeCaseLower) => "snake_case: a property <c>CreatedAt</c> reads <c>created_at</c>",
            nameof(JsonNaming.CamelCase) => "camelCase: a property <c>CreatedAt</c> reads <c>createdAt</c>",
            _ => "the CLR names as they are: a property <c>CreatedAt</c> reads <c>CreatedAt</c>",
        };
        var namingPolicy = policy == nameof(JsonNaming.None) ? "null" : $"{Json}JsonNamingPolicy.{policy}";

        writer.Line($"/// <summary>Payloads of providers whose JSON is {description} (unless <c>[JsonPropertyName]</c> says otherwise).</summary>");
        writer.Open($"public static class {policy}");
        writer.Line($"private static {Options}? s_options;");
        writer.Line();
        writer.Line("/// <summary>The options: the naming policy and this assembly's generated metadata.</summary>");
        writer.Line($"public static {Options} Options => s_options ??= CreateOptions({namingPolicy});");
        writer.Line();
        writer.Line("/// <summary>The metadata of <typeparamref name=\"T\"/>, created once; <typeparamref name=\"T\"/> is one of the types above.</summary>");
        writer.Line($"public static {Metadata}JsonTypeInfo<T> Get<T>() =>");
        writer.Line($"    Cache<T>.TypeInfo ??= ({Metadata}JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));");
        writer.Line();
        writer.Open("private static class Cache<T>");
        writer.Line($"public static {Metadata}JsonTypeInfo<T>? TypeInfo;");
        writer.Close();
        writer.Close();
    }

    private static void WriteType(SourceWriter writer, JsonTypeModel type, string name)
    {
        var t = type.FullyQualifiedName;
        var signature = $"private static {Metadata}JsonTypeInfo<{t}> Create_{name}({Options} options)";
        switch (type.Kind)
        {
            case JsonTypeKind.Value:
                writer.Line(signature + " =>");
                writer.Line($"    Finish({Metadata}JsonMetadataServices.CreateValueInfo<{t}>(options, {Metadata}JsonMetadataServices.{type.Converter}));");
                break;
            case JsonTypeKind.Nullable:
                writer.Line(signature + " =>");
                writer.Line($"    Finish({Metadata}JsonMetadataServices.CreateValueInfo<{t}>(options, {Metadata}JsonMetadataServices.GetNullableConverter<{type.ElementType}>(options)));");
                break;
            case JsonTypeKind.Enum:
                // Enums as strings, with the naming policy of the options (in_progress for InProgress under snake_case).
                writer.Line(signature + " =>");
                writer.Line($"    Finish({Metadata}JsonMetadataServices.CreateValueInfo<{t}>(options,");
                writer.Line($"        new {Json}Serialization.JsonStringEnumConverter<{t}>(options.PropertyNamingPolicy).CreateConverter(typeof({t}), options)!));");
                break;
            case JsonTypeKind.Array:
                WriteCollection(writer, signature, t, null, $"CreateArrayInfo<{type.ElementType}>");
                break;
            case JsonTypeKind.Collection:
                WriteCollection(writer, signature, t, type.Creator, $"{type.Factory}<{t}, {type.ElementType}>");
                break;
            case JsonTypeKind.Dictionary:
                WriteCollection(writer, signature, t, type.Creator, $"{type.Factory}<{t}, {type.KeyType}, {type.ElementType}>");
                break;
            case JsonTypeKind.Object:
                WriteObject(writer, signature, t, name, type.Object!);
                break;
        }
    }

    private static void WriteCollection(SourceWriter writer, string signature, string type, string? creator, string factory)
    {
        writer.Open(signature);
        writer.Line($"var info = new {Metadata}JsonCollectionInfoValues<{type}>");
        writer.Open();
        writer.Line($"ObjectCreator = {(creator is null ? "null" : "() => " + creator)},");
        writer.Close("};");
        writer.Line($"var typeInfo = {Metadata}JsonMetadataServices.{factory}(options, info);");
        writer.Line("typeInfo.NumberHandling = null;");
        writer.Line("return Finish(typeInfo);");
        writer.Close();
    }

    private static void WriteObject(SourceWriter writer, string signature, string type, string name, JsonObjectModel model)
    {
        writer.Open(signature);
        writer.Line($"var info = new {Metadata}JsonObjectInfoValues<{type}>");
        writer.Open();
        writer.Line(model.UsesParameterizedConstructor
            ? "ObjectCreator = null,"
            : $"ObjectCreator = () => new {type}(),");
        writer.Line(model.UsesParameterizedConstructor
            ? $"ObjectWithParameterizedConstructorCreator = static args => {Creation(type, model)},"
            : "ObjectWithParameterizedConstructorCreator = null,");
        writer.Line($"PropertyMetadataInitializer = _ => {name}_Properties(options),");
        writer.Line($"ConstructorParameterMetadataInitializer = {(model.UsesParameterizedConstructor ? name + "_Parameters" : "null")},");
        writer.Close("};");
        writer.Line($"var typeInfo = {Metadata}JsonMetadataServices.CreateObjectInfo<{type}>(options, info);");
        // Set even when null, as System.Text.Json's generator does: it decides how constructor parameters read numbers.
        writer.Line($"typeInfo.NumberHandling = {model.NumberHandling ?? "null"};");

        if (model.UnmappedMemberHandling is { } unmapped)
        {
            writer.Line($"typeInfo.UnmappedMemberHandling = {unmapped};");
        }

        if (model.ObjectCreationHandling is { } creation)
        {
            writer.Line($"typeInfo.PreferredPropertyObjectCreationHandling = {creation};");
        }

        writer.Line("return Finish(typeInfo);");
        writer.Close();

        writer.Line();
        WriteProperties(writer, name, model);

        if (model.UsesParameterizedConstructor)
        {
            writer.Line();
            WriteParameters(writer, name, model);
        }
    }

    /// <summary><c>new T((A)args[0]!, …) { Init = (B)args[2]!, … }</c>: constructor arguments, then member initializers.</summary>
    private static string Creation(string type, JsonObjectModel model)
    {
        var arguments = model.Parameters.Take(model.ConstructorArity).Select(p => $"({p.DeclaredType})args[{p.Position}]!");
        var creation = $"new {type}({string.Join(", ", arguments)})";
        return model.Initializers.Length == 0
            ? creation
            : creation + " { " + string.Join(", ", model.Initializers.Select(i => $"{i.NameInSource} = ({i.Type})args[{i.Position}]!")) + " }";
    }

    private static void WriteProperties(SourceWriter writer, string name, JsonObjectModel model)
    {
        writer.Open($"private static {Metadata}JsonPropertyInfo[] {name}_Properties({Options} options)");
        writer.Line($"var properties = new {Metadata}JsonPropertyInfo[{model.Properties.Length}];");
        for (var i = 0; i < model.Properties.Length; i++)
        {
            var property = model.Properties[i];
            var owner = $"(({property.DeclaringType})obj)";
            writer.Line();
            writer.Line($"properties[{i}] = {Metadata}JsonMetadataServices.CreatePropertyInfo<{property.Type}>(options, new {Metadata}JsonPropertyInfoValues<{property.Type}>");
            writer.Open();
            writer.Line($"IsProperty = {Bool(property.IsProperty)},");
            writer.Line($"IsPublic = {Bool(property.IsPublic)},");
            writer.Line($"IsVirtual = {Bool(property.IsVirtual)},");
            writer.Line($"DeclaringType = typeof({property.DeclaringType}),");
            writer.Line($"Getter = {(property.CanGet ? $"static obj => {owner}.{property.NameInSource}" : "null")},");
            writer.Line("Setter = " + (property.Setter switch
            {
                JsonSetterKind.Assign when model.IsValueType =>
                    $"static (obj, value) => global::System.Runtime.CompilerServices.Unsafe.Unbox<{property.DeclaringType}>(obj).{property.NameInSource} = value!,",
                JsonSetterKind.Assign => $"static (obj, value) => {owner}.{property.NameInSource} = value!,",
                JsonSetterKind.InitOnly => $"static (obj, value) => throw new global::System.InvalidOperationException({GeneratedCode.Literal(InitOnlyMessage)}),",
                JsonSetterKind.NotSettable => $"static (obj, value) => throw new global::System.InvalidOperationException({GeneratedCode.Literal(string.Format(NotSettableMessage, property.DeclaringTypeName, property.Name))}),",
                _ => "null,",
            }));
            writer.Line($"IgnoreCondition = {(property.IgnoreCondition is { } ignore ? $"{Json}Serialization.JsonIgnoreCondition.{ignore}" : "null")},");
            writer.Line($"HasJsonInclude = {Bool(property.HasJsonInclude)},");
            writer.Line($"IsExtensionData = {Bool(property.IsExtensionData)},");
            writer.Line($"NumberHandling = {property.NumberHandling ?? "null"},");
            writer.Line($"PropertyName = {GeneratedCode.Literal(property.Name)},");
            writer.Line($"JsonPropertyName = {(property.JsonName is { } jsonName ? GeneratedCode.Literal(jsonName) : "null")},");
            writer.Close("});");
            if (property.IsRequired)
            {
                writer.Line($"properties[{i}].IsRequired = true;");
            }

            if (property.ObjectCreationHandling is { } creation)
            {
                writer.Line($"properties[{i}].ObjectCreationHandling = {creation};");
            }

            if (property.Order != 0)
            {
                writer.Line($"properties[{i}].Order = {property.Order};");
            }

            if (property.IsGetNonNullable)
            {
                writer.Line($"properties[{i}].IsGetNullable = false;");
            }

            if (property.IsSetNonNullable)
            {
                writer.Line($"properties[{i}].IsSetNullable = false;");
            }
        }

        writer.Line();
        writer.Line("return properties;");
        writer.Close();
    }

    private static void WriteParameters(SourceWriter writer, string name, JsonObjectModel model)
    {
        writer.Line($"private static {Metadata}JsonParameterInfoValues[] {name}_Parameters() => new {Metadata}JsonParameterInfoValues[]");
        writer.Open();
        foreach (var parameter in model.Parameters)
        {
            writer.Line("new()");
            writer.Open();
            writer.Line($"Name = {GeneratedCode.Literal(parameter.Name)},");
            writer.Line($"ParameterType = typeof({parameter.Type}),");
            writer.Line($"Position = {parameter.Position},");
            if (!parameter.IsMemberInitializer)
            {
                writer.Line($"HasDefaultValue = {Bool(parameter.HasDefaultValue)},");
                writer.Line($"DefaultValue = {parameter.DefaultValue ?? "null"},");
            }

            writer.Line($"IsNullable = {Bool(parameter.IsNullable)},");
            if (parameter.IsMemberInitializer)
            {
                writer.Line("IsMemberInitializer = true,");
            }

            writer.Close("},");
        }

        writer.Close("};");
    }

    private static string Bool(bool value) => value ? "true" : "false";
}
