using Microsoft.CodeAnalysis;
using Webhooks.Generator.Model;

namespace Webhooks.Generator.Parsing;

/// <summary>A member of an object type as the graph found it: its model, and the facts that decide construction. Never leaves the parser.</summary>
/// <param name="Symbol">The property or field.</param>
/// <param name="Type">Its type.</param>
/// <param name="Model">Its metadata (<see cref="JsonPropertyModel.IsRequired"/> is decided with the constructor).</param>
/// <param name="Access">What generated code can do with it.</param>
/// <param name="HasJsonRequired">Has <c>[JsonRequired]</c>.</param>
/// <param name="IsIgnored">Has <c>[JsonIgnore]</c> with the condition <c>Always</c>.</param>
/// <param name="BindsToConstructor">A constructor parameter may bind to it: a property, or a field with <c>[JsonInclude]</c> (IncludeFields is off).</param>
internal sealed record JsonMember(
    ISymbol Symbol,
    ITypeSymbol Type,
    JsonPropertyModel Model,
    JsonMemberAccess Access,
    bool HasJsonRequired,
    bool IsIgnored,
    bool BindsToConstructor);
