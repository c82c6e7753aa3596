using Webhooks.Analyzers.Tests.Infrastructure;
using Verifier = Webhooks.Analyzers.Tests.Infrastructure.Verify<Webhooks.Generator.Analyzers.HandlerMethodAnalyzer>;

namespace Webhooks.Analyzers.Tests;

/// <summary>
/// WHK0013: a payload type of the user's that the generator can't write JSON metadata for, by the generator's own
/// rules (<c>JsonTypeGraph</c>); quiet for the shapes it supports and for a type a <c>[WebhookJsonContext]</c> covers.
/// </summary>
public class PayloadJsonMetadataTests
{
    private const string Types = """
        using System.Text.Json.Serialization;

        public interface IShape { string Name { get; } }

        public sealed record ShapeDrawn(string Id, IShape Shape);

        public sealed class Tally { public Dictionary<int, string> ByNumber { get; set; } = new(); }

        public sealed record Order(string Id, List<Line> Lines, OrderStatus Status);

        public sealed record Line(string Sku, int Quantity);

        public enum OrderStatus { Open, Paid }
        """;

    [Fact]
    public Task Flags_an_interface_payload() => Verifier.AnalyzerAsync(
        """
        [WebhookProvider("acme")]
        public partial class AcmeWebhooks
        {
            [OnEvent("order.created")] public void OnCreated(IShape {|#0:shape|}) { }
        }
        """,
        [Verifier.Diagnostic("WHK0013").WithLocation(0).WithArguments(
            "OnCreated", "IShape", "'IShape' is an interface, so there is no type to create", "AcmeWebhooks")],
        TestSources.AcmeProvider,
        Types);

    [Fact]
    public Task Flags_a_problem_deep_in_the_payload_and_says_where() => Verifier.AnalyzerAsync(
        """
        [WebhookProvider("acme")]
        public partial class AcmeWebhooks
        {
            [OnEvent("order.created")] public void OnCreated(ShapeDrawn {|#0:evt|}, CancellationToken ct) { }

            [OnEvent("order.shipped")] public void OnShipped(WebhookContext context, Tally {|#1:tally|}) { }
        }
        """,
        [
            Verifier.Diagnostic("WHK0013").WithLocation(0).WithArguments(
                "OnCreated", "ShapeDrawn", "'IShape' is an interface, so there is no type to create (reached through ShapeDrawn.Shape)", "AcmeWebhooks"),
            Verifier.Diagnostic("WHK0013").WithLocation(1).WithArguments(
                "OnShipped", "Tally", "'Dictionary<int, string>' has 'int' keys, and only string keys are supported (reached through Tally.ByNumber)", "AcmeWebhooks"),
        ],
        TestSources.AcmeProvider,
        Types);

    [Fact]
    public Task Is_quiet_for_supported_payloads_and_the_raw_body() => Verifier.AnalyzerAsync(
        """
        [WebhookProvider("acme")]
        public partial class AcmeWebhooks
        {
            [OnEvent("order.created")] public void A(Order order) { }
            [OnEvent("order.created")] public void B(List<Order> orders, string body) { }
            [OnEvent("order.created")] public void C(ReadOnlyMemory<byte> body, WebhookContext context) { }
            [OnEvent("order.created")] public void D(Dictionary<string, Line[]> lines) { }
        }
        """,
        TestSources.AcmeProvider,
        Types);

    [Fact]
    public Task Is_quiet_when_a_declared_context_lists_the_type() => Verifier.AnalyzerAsync(
        """
        using System.Text.Json.Serialization;

        [JsonSerializable(typeof(ShapeDrawn))]
        internal abstract partial class ShapeContext : JsonSerializerContext
        {
            protected ShapeContext() : base(null) { }
        }

        [WebhookProvider("acme")]
        [WebhookJsonContext(typeof(ShapeContext))]
        public partial class AcmeWebhooks
        {
            [OnEvent("order.created")] public void OnCreated(ShapeDrawn evt) { }
        }
        """,
        TestSources.AcmeProvider,
        Types);
}
