using Microsoft.CodeAnalysis;

namespace Webhooks.Generator.Parsing;

/// <summary>
/// What generated code can do with a property or field, as System.Text.Json's generator decides it: public accessors
/// are used; internal ones only with <c>[JsonInclude]</c>; a <c>[JsonInclude]</c> on one it can't reach is an error.
/// </summary>
internal readonly record struct JsonMemberAccess
{
    /// <summary>Some accessor is reachable from generated code.</summary>
    public bool IsPublic { get; init; }

    public bool CanGet { get; init; }

    public bool CanSet { get; init; }

    public bool IsInitOnly { get; init; }

    /// <summary>Declared <c>required</c>.</summary>
    public bool IsRequired { get; init; }

    /// <summary>Has <c>[JsonInclude]</c> on an accessor generated code can't reach.</summary>
    public bool HasUnreachableInclude { get; init; }

    public bool IsGetNonNullable { get; init; }

    public bool IsSetNonNullable { get; init; }

    public static JsonMemberAccess Of(ISymbol member, bool hasJsonInclude, Compilation compilation) => member switch
    {
        IPropertySymbol property => OfProperty(property, hasJsonInclude, compilation),
        _ => OfField((IFieldSymbol)member, hasJsonInclude, compilation),
    };

    private static JsonMemberAccess OfProperty(IPropertySymbol property, bool include, Compilation compilation)
    {
        bool isPublic = false, canGet = false, canSet = false, unreachableInclude = false;
        void Access(IMethodSymbol accessor, ref bool usable)
        {
            if (accessor.DeclaredAccessibility == Accessibility.Public)
            {
                isPublic = usable = true;
            }
            else if (IsAccessible(accessor, compilation))
            {
                isPublic = true;
                usable = include;
            }
            else
            {
                unreachableInclude |= include;
            }
        }

        if (property.GetMethod is { } getter)
        {
            Access(getter, ref canGet);
        }

        if (property.SetMethod is { } setter)
        {
            Access(setter, ref canSet);
        }

        Nullability.Of(property, out var getNonNullable, out var setNonNullable);
        return new JsonMemberAccess
        {
            IsPublic = isPublic,
            CanGet = canGet,
            CanSet = canSet,
            IsInitOnly = property.SetMethod?.IsInitOnly == true,
            IsRequired = property.IsRequired,
            HasUnreachableInclude = unreachableInclude,
            IsGetNonNullable = getNonNullable,
            IsSetNonNullable = setNonNullable,
        };
    }

    private static JsonMemberAccess OfField(IFieldSymbol field, bool include, Compilation compilation)
    {
        Nullability.Of(field, out var getNonNullable, out var setNonNullable);
        var access = new JsonMemberAccess { IsRequired = field.IsRequired, IsGetNonNullable = getNonNullable, IsSetNonNullable = setNonNullable };
        if (field.DeclaredAccessibility == Accessibility.Public)
        {
            return access with { IsPublic = true, CanGet = true, CanSet = !field.IsReadOnly };
        }

        return IsAccessible(field, compilation)
            ? access with { IsPublic = true, CanGet = include, CanSet = include && !field.IsReadOnly }
            : access with { HasUnreachableInclude = include };
    }

    public static bool IsAccessible(ISymbol symbol, Compilation compilation) =>
        compilation.IsSymbolAccessibleWithin(symbol, compilation.Assembly);
}
