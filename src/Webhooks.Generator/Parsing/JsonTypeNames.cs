using Microsoft.CodeAnalysis;

namespace Webhooks.Generator.Parsing;

/// <summary>The names payload resolution and the type graph give a type: qualified, annotated, and plain (System.Text.Json's property name is JsonTypeInfoProperties.DefaultName).</summary>
internal static class JsonTypeNames
{
    /// <summary>Namespace-qualified, without <c>global::</c> or nullable reference annotations: for comparing with known names.</summary>
    private static readonly SymbolDisplayFormat PlainFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    private static readonly SymbolDisplayFormat AnnotatedFormat =
        SymbolDisplayFormat.FullyQualifiedFormat.AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>The <c>global::</c>-qualified name, without nullable reference annotations.</summary>
    public static string FullyQualifiedName(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

    /// <summary>The fully qualified name with nullable reference annotations, as a member declares its type.</summary>
    public static string AnnotatedName(ITypeSymbol type) => type.ToDisplayString(AnnotatedFormat);

    /// <summary>The namespace-qualified name, as <c>System.Uri</c> or <c>System.Collections.Generic.List&lt;T&gt;</c>, whatever its annotations.</summary>
    public static string PlainName(ISymbol symbol) => symbol.ToDisplayString(PlainFormat);

    /// <summary>The name as a message to the user writes it.</summary>
    public static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
}
