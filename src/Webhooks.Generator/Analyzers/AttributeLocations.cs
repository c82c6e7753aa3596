using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Webhooks.Generator.Analyzers;

/// <summary>Where in source an attribute, or one of its arguments, is: the place a diagnostic should point at.</summary>
internal static class AttributeLocations
{
    public static Location Of(AttributeData attribute, CancellationToken cancellationToken) =>
        attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? Location.None;

    /// <summary>The positional argument at <paramref name="index"/>, or the attribute if it has none there.</summary>
    public static Location Argument(AttributeData attribute, int index, CancellationToken cancellationToken)
    {
        var positional = Syntax(attribute, cancellationToken)?.ArgumentList?.Arguments.Where(a => a.NameEquals is null).ToList();
        return positional is not null && index < positional.Count
            ? positional[index].Expression.GetLocation()
            : Of(attribute, cancellationToken);
    }

    /// <summary>The named argument <c>Name = …</c>, or the attribute.</summary>
    public static Location Named(AttributeData attribute, string name, CancellationToken cancellationToken) =>
        Syntax(attribute, cancellationToken)?.ArgumentList?.Arguments
            .FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name)?.Expression.GetLocation()
        ?? Of(attribute, cancellationToken);

    /// <summary>
    /// Element <paramref name="index"/> of a <c>params</c> array that is the attribute's only parameter, written
    /// either as separate arguments or as one array or collection expression.
    /// </summary>
    public static Location ParamsElement(AttributeData attribute, int index, CancellationToken cancellationToken)
    {
        var arguments = Syntax(attribute, cancellationToken)?.ArgumentList?.Arguments.Where(a => a.NameEquals is null).ToList();
        if (arguments is null || arguments.Count == 0)
        {
            return Of(attribute, cancellationToken);
        }

        var elements = arguments.Count == 1 ? Elements(arguments[0].Expression) : null;
        var expressions = elements ?? arguments.Select(a => a.Expression).ToList();
        return index < expressions.Count ? expressions[index].GetLocation() : Of(attribute, cancellationToken);
    }

    /// <summary>The class declaration that carries <paramref name="attribute"/>: where a class-level diagnostic goes.</summary>
    public static Location DeclarationOf(AttributeData attribute, ISymbol fallback, CancellationToken cancellationToken) =>
        attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).FirstAncestorOrSelf<BaseTypeDeclarationSyntax>() is { } declaration
            ? declaration.Identifier.GetLocation()
            : fallback.Locations.FirstOrDefault() ?? Location.None;

    private static AttributeSyntax? Syntax(AttributeData attribute, CancellationToken cancellationToken) =>
        attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;

    private static System.Collections.Generic.List<ExpressionSyntax>? Elements(ExpressionSyntax expression) => expression switch
    {
        ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions.ToList(),
        ImplicitArrayCreationExpressionSyntax array => array.Initializer.Expressions.ToList(),
        CollectionExpressionSyntax collection => collection.Elements.OfType<ExpressionElementSyntax>().Select(e => e.Expression).ToList(),
        _ => null,
    };
}
