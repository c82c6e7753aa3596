namespace Webhooks.Generator.Model;

/// <summary>A <c>JsonParameterInfoValues</c>: a constructor parameter or a member initializer.</summary>
internal sealed record JsonParameterModel
{
    /// <summary>The parameter's (or member's) name.</summary>
    public required string Name { get; init; }

    /// <summary>Its fully qualified type, for <c>typeof</c>.</summary>
    public required string Type { get; init; }

    /// <summary>Its fully qualified type as declared, with nullable annotations, for the argument's cast.</summary>
    public required string DeclaredType { get; init; }

    /// <summary>Its index in the arguments array.</summary>
    public required int Position { get; init; }

    /// <summary>Whether null is allowed for it (when nullable annotations are respected).</summary>
    public required bool IsNullable { get; init; }

    /// <summary>Whether it is a required or init-only member rather than a constructor parameter.</summary>
    public bool IsMemberInitializer { get; init; }

    /// <summary>Whether the parameter has a default value.</summary>
    public bool HasDefaultValue { get; init; }

    /// <summary>
    /// The default value as the compiler stores it: <c>null</c>, a string, a char, a bool or a number (an enum's is
    /// its underlying number, see <see cref="IsEnum"/>). Boxed primitives compare by value, so the record still does.
    /// </summary>
    public object? DefaultValue { get; init; }

    /// <summary>Whether <see cref="Type"/> is an enum or a nullable enum (its default value is a number to cast).</summary>
    public bool IsEnum { get; init; }
}
