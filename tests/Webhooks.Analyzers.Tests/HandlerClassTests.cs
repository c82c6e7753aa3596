using Webhooks.Analyzers.Tests.Infrastructure;
using Verifier = Webhooks.Analyzers.Tests.Infrastructure.Verify<Webhooks.Generator.Analyzers.HandlerClassAnalyzer>;

namespace Webhooks.Analyzers.Tests;

/// <summary>WHK0004 (not partial) and WHK0005 (static, abstract, generic, record): classes the generator skips.</summary>
public class HandlerClassTests
{
    [Fact]
    public Task Flags_a_class_that_is_not_partial() => Verifier.AnalyzerAsync(
        """
        [WebhookProvider("acme")]
        public class {|#0:AcmeWebhooks|}
        {
        }
        """,
        [Verifier.Diagnostic("WHK0004").WithLocation(0).WithArguments("AcmeWebhooks", "AcmeWebhooks")],
        TestSources.AcmeProvider);

    [Fact]
    public Task Flags_the_containing_type_that_is_not_partial() => Verifier.AnalyzerAsync(
        """
        public class {|#0:Outer|}
        {
            [WebhookProvider("acme")]
            public partial class AcmeWebhooks
            {
            }
        }
        """,
        [Verifier.Diagnostic("WHK0004").WithLocation(0).WithArguments("Outer", "AcmeWebhooks")],
        TestSources.AcmeProvider);

    [Fact]
    public Task Is_quiet_for_partial_classes_nested_in_partial_types() => Verifier.AnalyzerAsync("""
        public partial class Outer
        {
            public partial record Inner
            {
                [WebhookProvider("acme")]
                public sealed partial class AcmeWebhooks(Microsoft.Extensions.Logging.ILogger<AcmeWebhooks> log)
                {
                }
            }
        }

        [WebhookProvider("acme", Path = "/webhooks/acme-2")]
        internal partial class SplitWebhooks { }

        internal partial class SplitWebhooks { }
        """, TestSources.AcmeProvider);

    [Theory]
    [InlineData("static partial class", "it is static")]
    [InlineData("abstract partial class", "it is abstract")]
    [InlineData("partial record", "it is a record")]
    public Task Flags_a_class_the_generated_code_cannot_instantiate(string declaration, string reason) => Verifier.AnalyzerAsync(
        $$"""
        [WebhookProvider("acme")]
        public {{declaration}} {|#0:AcmeWebhooks|}
        {
        }
        """,
        [Verifier.Diagnostic("WHK0005").WithLocation(0).WithArguments("AcmeWebhooks", reason)],
        TestSources.AcmeProvider);

    [Fact]
    public Task Flags_a_generic_class() => Verifier.AnalyzerAsync(
        """
        [WebhookProvider("acme")]
        public partial class {|#0:AcmeWebhooks|}<T>
        {
        }
        """,
        [Verifier.Diagnostic("WHK0005").WithLocation(0).WithArguments("AcmeWebhooks", "it is generic")],
        TestSources.AcmeProvider);

    [Fact]
    public Task Flags_a_class_nested_in_a_generic_type() => Verifier.AnalyzerAsync(
        """
        public partial class Outer<T>
        {
            [WebhookProvider("acme")]
            public partial class {|#0:AcmeWebhooks|}
            {
            }
        }
        """,
        [Verifier.Diagnostic("WHK0005").WithLocation(0).WithArguments("AcmeWebhooks", "it is nested in the generic type 'Outer'")],
        TestSources.AcmeProvider);
}
