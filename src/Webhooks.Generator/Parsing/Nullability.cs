using System.Linq;
using Microsoft.CodeAnalysis;

namespace Webhooks.Generator.Parsing;

/// <summary>
/// Nullable annotations as System.Text.Json's own generator reads them (for <c>RespectNullableAnnotations</c>):
/// from the member's declaration rather than its constructed type, honouring <c>[AllowNull]</c>,
/// <c>[DisallowNull]</c>, <c>[MaybeNull]</c> and <c>[NotNull]</c>; oblivious code counts as nullable.
/// </summary>
internal static class Nullability
{
    /// <summary>A reference type or <c>Nullable&lt;T&gt;</c>.</summary>
    public static bool CanBeNull(ITypeSymbol type) =>
        !type.IsValueType || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;

    public static void Of(IPropertySymbol property, out bool getNonNullable, out bool setNonNullable)
    {
        getNonNullable = setNonNullable = false;
        if (CanBeNull(property.Type))
        {
            property = property.OriginalDefinition;
            getNonNullable = property.GetMethod is not null && IsOutputNonNullable(property, property.Type);
            setNonNullable = property.SetMethod is not null && IsInputNonNullable(property, property.Type);
        }
    }

    public static void Of(IFieldSymbol field, out bool getNonNullable, out bool setNonNullable)
    {
        getNonNullable = setNonNullable = false;
        if (CanBeNull(field.Type))
        {
            field = field.OriginalDefinition;
            getNonNullable = IsOutputNonNullable(field, field.Type);
            setNonNullable = IsInputNonNullable(field, field.Type);
        }
    }

    public static bool IsNullable(IParameterSymbol parameter)
    {
        if (!CanBeNull(parameter.Type))
        {
            return false;
        }

        parameter = parameter.OriginalDefinition;
        return !IsInputNonNullable(parameter, parameter.Type);
    }

    private static bool IsOutputNonNullable(ISymbol symbol, ITypeSymbol type) =>
        !Has(symbol, "MaybeNullAttribute")
        && (Has(symbol, "NotNullAttribute")
            || (type is not ITypeParameterSymbol { HasNotNullConstraint: false } && type.NullableAnnotation == NullableAnnotation.NotAnnotated));

    private static bool IsInputNonNullable(ISymbol symbol, ITypeSymbol type) =>
        !Has(symbol, "AllowNullAttribute")
        && (Has(symbol, "DisallowNullAttribute")
            || (type is not ITypeParameterSymbol { HasNotNullConstraint: false } && type.NullableAnnotation == NullableAnnotation.NotAnnotated));

    private static bool Has(ISymbol symbol, string attribute) =>
        symbol.GetAttributes().Any(a =>
            SymbolNames.IsAttribute(a, "System.Diagnostics.CodeAnalysis." + attribute));
}
