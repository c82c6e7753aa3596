using System;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Webhooks.Generator.Model;

namespace Webhooks.Generator.Emitting;

/// <summary>The C# the JSON metadata writes for the model's typed values: System.Text.Json enums and parameters' default values.</summary>
internal static class JsonLiterals
{
    private const string Serialization = "global::System.Text.Json.Serialization.";

    /// <summary>
    /// A value of a System.Text.Json enum of the same name: its member (<c>JsonNumberHandling.Strict</c>), a
    /// combination of flags (<c>A | B</c>), or a cast when it is neither.
    /// </summary>
    public static string Enum<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var type = Serialization + typeof(TEnum).Name;
        var number = Convert.ToInt64(value, CultureInfo.InvariantCulture);
        var members = ((TEnum[])System.Enum.GetValues(typeof(TEnum))).Select(m => (m.ToString(), Convert.ToInt64(m, CultureInfo.InvariantCulture))).ToList();
        if (members.FirstOrDefault(m => m.Item2 == number) is ({ } exact, _))
        {
            return $"{type}.{exact}";
        }

        var parts = members.Where(m => m.Item2 != 0 && (number & m.Item2) == m.Item2).ToList();
        return parts.Count > 0 && parts.Aggregate(0L, (all, m) => all | m.Item2) == number
            ? string.Join(" | ", parts.Select(m => $"{type}.{m.Item1}"))
            : $"({type})({number.ToString(CultureInfo.InvariantCulture)})";
    }

    /// <summary>An optional enum value, or <c>null</c>.</summary>
    public static string EnumOrNull<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } set ? Enum(set) : "null";

    /// <summary>A parameter's default value as C#: <c>DefaultValue = …</c> of its <c>JsonParameterInfoValues</c>.</summary>
    public static string DefaultValue(JsonParameterModel parameter) => parameter.DefaultValue switch
    {
        null => $"default({parameter.Type})",
        var value when parameter.IsEnum => $"({parameter.Type})({Convert.ToString(value, CultureInfo.InvariantCulture)})",
        string text => SymbolDisplay.FormatLiteral(text, quote: true),
        char c => SymbolDisplay.FormatLiteral(c, quote: true),
        bool b => b ? "true" : "false",
        double d => double.IsNaN(d) ? "double.NaN" : double.IsPositiveInfinity(d) ? "double.PositiveInfinity" : double.IsNegativeInfinity(d) ? "double.NegativeInfinity" : d.ToString("R", CultureInfo.InvariantCulture) + "D",
        float f => float.IsNaN(f) ? "float.NaN" : float.IsPositiveInfinity(f) ? "float.PositiveInfinity" : float.IsNegativeInfinity(f) ? "float.NegativeInfinity" : f.ToString("R", CultureInfo.InvariantCulture) + "F",
        decimal m => m.ToString(CultureInfo.InvariantCulture) + "M",
        var value => $"({parameter.Type})({Convert.ToString(value, CultureInfo.InvariantCulture)})",
    };
}
