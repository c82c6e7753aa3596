using Webhooks.Analyzers.Tests.Infrastructure;
using Verifier = Webhooks.Analyzers.Tests.Infrastructure.Verify<Webhooks.Generator.Analyzers.HandlerMethodAnalyzer>;

namespace Webhooks.Analyzers.Tests;

/// <summary>WHK0006: handler methods the generated dispatch can't call, by the generator's own rules.</summary>
public class HandlerMethodTests
{
    private static Task FlagsAsync(string member, string method, string reason) => Verifier.AnalyzerAsync(
        $$"""
        [WebhookProvider("acme")]
        public partial class AcmeWebhooks
        {
            {{member}}
        }
        """,
        [Verifier.Diagnostic("WHK0006").WithLocation(0).WithArguments(method, reason)],
        TestSources.AcmeProvider);

    [Fact]
    public Task Flags_a_static_method() => FlagsAsync(
        "[OnEvent(\"order.created\")] public static void {|#0:OnCreated|}() { }",
        "OnCreated",
        "it is static. Make it an instance method; the class is resolved from dependency injection.");

    [Fact]
    public Task Flags_a_generic_method() => FlagsAsync(
        "[OnEvent(\"order.created\")] public void {|#0:OnCreated|}<T>() { }",
        "OnCreated",
        "it is generic. Remove its type parameters.");

    [Fact]
    public Task Flags_async_void() => FlagsAsync(
        "[OnEvent(\"order.created\")] public async void {|#0:OnCreated|}() { await Task.Yield(); }",
        "OnCreated",
        "it is async void, so its failure could not fail the delivery. Return Task instead.");

    [Fact]
    public Task Flags_an_unsupported_return_type() => FlagsAsync(
        "[OnEvent(\"order.created\")] public Task<int> {|#0:OnCreated|}() => Task.FromResult(1);",
        "OnCreated",
        "it returns 'Task<int>'. Return void, Task or ValueTask.");

    [Theory]
    [InlineData("ref")]
    [InlineData("out")]
    [InlineData("in")]
    public Task Flags_a_parameter_passed_by_reference(string modifier) => FlagsAsync(
        $"[OnEvent(\"order.created\")] public void OnCreated({modifier} CancellationToken {{|#0:ct|}}) {{ {(modifier == "out" ? "ct = default;" : "")} }}",
        "OnCreated",
        "parameter 'ct' is passed by reference. Remove ref, out or in.");

    // Checked by place only: the message names the rule, which depends on how far payload support reaches.
    [Fact]
    public Task Flags_a_parameter_the_dispatch_cannot_supply() => Verifier.AnalyzerAsync("""
        [WebhookProvider("acme")]
        public partial class AcmeWebhooks
        {
            [OnEvent("order.created")]
            public void OnCreated(WebhookContext context, Action {|WHK0006:callback|}) { }
        }
        """, TestSources.AcmeProvider);

    [Fact]
    public Task Flags_a_second_payload() => FlagsAsync(
        "[OnEvent(\"order.created\")] public void OnCreated(JsonElement evt, WebhookContext context, JsonElement {|#0:again|}) { }",
        "OnCreated",
        "parameter 'again' is a second payload. Take at most one payload parameter.");

    [Fact]
    public Task Flags_a_catch_all_with_the_same_rules() => FlagsAsync(
        "[OnAnyEvent] public int {|#0:OnOther|}() => 0;",
        "OnOther",
        "it returns 'int'. Return void, Task or ValueTask.");

    [Fact]
    public Task Is_quiet_for_every_supported_shape() => Verifier.AnalyzerAsync("""
        [WebhookProvider("acme")]
        public partial class AcmeWebhooks
        {
            [OnEvent("order.created")] public void A() { }
            [OnEvent("order.created")] public Task B(JsonElement evt, CancellationToken ct) => Task.CompletedTask;
            [OnEvent("order.created")] public ValueTask C(WebhookContext context, JsonElement evt) => default;
            [OnEvent("order.created")] public async Task D(CancellationToken ct, WebhookContext context) => await Task.Yield();
            [OnEvent("order.created")] private void E(JsonElement evt) { }
            [OnAnyEvent] internal Task F(WebhookContext context) => Task.CompletedTask;
        }
        """, TestSources.AcmeProvider);
}
