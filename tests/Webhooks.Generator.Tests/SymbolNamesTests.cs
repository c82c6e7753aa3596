using Microsoft.CodeAnalysis;
using Webhooks.Generator.Parsing;
using Webhooks.Generator.Tests.Infrastructure;

namespace Webhooks.Generator.Tests;

/// <summary>The allocation-free name check the parser uses instead of display strings: exact, arity included.</summary>
public class SymbolNamesTests
{
    private static readonly Compilation Compilation = GeneratorHarness.Compile("""
        namespace Webhooks { public class OnEventAttribute : System.Attribute { } }
        namespace XWebhooks { public class OnEventAttribute : System.Attribute { } }
        namespace Outer.Webhooks { public class OnEventAttribute : System.Attribute { } }
        namespace App { public class Outer { public class Inner { } } }
        public class OnEventAttribute : System.Attribute { }
        """);

    [Theory]
    [InlineData("Webhooks.OnEventAttribute", "Webhooks.OnEventAttribute", true)]
    [InlineData("XWebhooks.OnEventAttribute", "Webhooks.OnEventAttribute", false)]
    [InlineData("Outer.Webhooks.OnEventAttribute", "Webhooks.OnEventAttribute", false)]
    [InlineData("Webhooks.OnEventAttribute", "Outer.Webhooks.OnEventAttribute", false)]
    [InlineData("OnEventAttribute", "Webhooks.OnEventAttribute", false)]
    [InlineData("Webhooks.OnEventAttribute", "OnEventAttribute", false)]
    [InlineData("OnEventAttribute", "OnEventAttribute", true)]
    [InlineData("App.Outer+Inner", "App.Outer.Inner", true)]
    [InlineData("App.Outer+Inner", "App.Inner", false)]
    [InlineData("System.Threading.CancellationToken", "System.Threading.CancellationToken", true)]
    [InlineData("System.Threading.CancellationToken", "Threading.CancellationToken", false)]
    [InlineData("System.ReadOnlyMemory`1", "System.ReadOnlyMemory`1", true)]
    [InlineData("System.ReadOnlyMemory`1", "System.ReadOnlyMemory", false)]
    [InlineData("System.Threading.Tasks.Task`1", "System.Threading.Tasks.Task", false)]
    [InlineData("System.Threading.Tasks.Task", "System.Threading.Tasks.Task", true)]
    public void Is_matches_the_namespace_qualified_name_exactly(string metadataName, string fullName, bool expected)
    {
        var symbol = Compilation.GetTypeByMetadataName(metadataName);

        Assert.NotNull(symbol);
        Assert.Equal(expected, SymbolNames.Is(symbol, fullName));
    }

    [Fact]
    public void Is_is_false_for_no_symbol() => Assert.False(SymbolNames.Is(null, "Webhooks.OnEventAttribute"));

    [Theory]
    [InlineData("Webhooks.OnEventAttribute", "XWebhooks.OnEventAttribute")]
    [InlineData("XWebhooks.OnEventAttribute", "Webhooks.OnEventAttribute")]
    [InlineData("Outer.Webhooks.OnEventAttribute", "Webhooks.OnEventAttribute")]
    public void A_name_match_answers_as_the_name_check_whatever_it_saw_before(string first, string second)
    {
        // NameMatch remembers the last symbol that matched; that must never make another symbol match.
        var match = new NameMatch("Webhooks.OnEventAttribute");
        foreach (var metadataName in new[] { first, second, first, second })
        {
            var symbol = Compilation.GetTypeByMetadataName(metadataName);
            Assert.Equal(SymbolNames.Is(symbol, "Webhooks.OnEventAttribute"), match.Matches(symbol));
        }

        Assert.False(match.Matches(null));
    }
}
