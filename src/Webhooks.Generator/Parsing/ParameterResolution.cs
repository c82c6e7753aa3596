using Microsoft.CodeAnalysis;
using Webhooks.Generator.Model;

namespace Webhooks.Generator.Parsing;

/// <summary>What a handler parameter receives, or why it can't receive anything.</summary>
/// <param name="Kind">What it receives; <c>null</c> when the generated dispatch can't supply it.</param>
/// <param name="TypeInfo">For a payload: where its <c>JsonTypeInfo&lt;T&gt;</c> comes from.</param>
/// <param name="Problem">For a payload type the generator can't write metadata for: why (else <c>null</c>).</param>
/// <param name="GeneratedPayload">For a payload whose metadata the generator writes: its type.</param>
internal readonly record struct ParameterResolution(
    HandlerParameterKind? Kind,
    PayloadTypeInfoModel? TypeInfo,
    string? Problem,
    ITypeSymbol? GeneratedPayload);
