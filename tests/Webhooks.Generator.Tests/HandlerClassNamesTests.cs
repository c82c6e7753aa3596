using Microsoft.CodeAnalysis;
using Webhooks.Generator.Parsing;
using Webhooks.Generator.Tests.Infrastructure;

namespace Webhooks.Generator.Tests;

/// <summary>The handler class's names, written without SymbolDisplay, are exactly what SymbolDisplay writes.</summary>
public class HandlerClassNamesTests
{
    private static readonly Compilation Compilation = GeneratorHarness.Compile("""
        public class Global { public class @var { } }
        namespace App { public class Handlers { } public class @async { } public class dynamic { public class nameof { } } }
        namespace App.@event.@class { public class @struct { public class @return { public class Deepest { } } } }
        namespace @var.@record.@global.@field { public class @value { } public class @when { } public class @scoped { } }
        namespace Ünïcödé.名前 { public class Grüße { } }
        """);

    public static TheoryData<string> Types => new(
        "Global", "Global+var", "App.Handlers", "App.async", "App.dynamic", "App.dynamic+nameof",
        "App.event.class.struct", "App.event.class.struct+return", "App.event.class.struct+return+Deepest",
        "var.record.global.field.value", "var.record.global.field.when", "var.record.global.field.scoped",
        "Ünïcödé.名前.Grüße");

    [Theory]
    [MemberData(nameof(Types))]
    public void Names_equal_SymbolDisplay(string metadataName)
    {
        var type = Compilation.GetTypeByMetadataName(metadataName);
        Assert.NotNull(type);

        var names = HandlerClassNames.Of(type);

        Assert.Equal(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), names.FullyQualifiedName);
        Assert.Equal(type.ContainingNamespace.IsGlobalNamespace ? null : type.ContainingNamespace.ToDisplayString(), names.Namespace);
        Assert.Equal(names.FullyQualifiedName.Replace("global::", "").Replace("@", "") + ".Webhooks.g.cs", names.HintName);
    }
}
