using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Webhooks.Generator.Tests.Infrastructure;

namespace Webhooks.Generator.Tests;

/// <summary>
/// <c>[WebhookJsonContext(typeof(…))]</c>: a payload type that a <c>JsonSerializerContext</c> of the user's lists is
/// read with that context's metadata (written by System.Text.Json's own generator, run here beside ours).
/// </summary>
public class OwnJsonContextTests
{
    private const string Shapes = """
        using System.Collections.Generic;
        using System.Text.Json.Serialization;

        namespace App;

        [JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
        [JsonDerivedType(typeof(Circle), "circle")]
        [JsonDerivedType(typeof(Square), "square")]
        public interface IShape;

        public sealed record Circle(double Radius) : IShape;

        public sealed record Square(double Side) : IShape;

        public sealed record ShapeDrawn(string Id, IShape Shape);

        public sealed record Plain(string Id);

        [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
        [JsonSerializable(typeof(ShapeDrawn))]
        [JsonSerializable(typeof(List<ShapeDrawn>), TypeInfoPropertyName = "Drawings")]
        [JsonSerializable(typeof(ShapeDrawn[]))]
        internal partial class ShapeJsonContext : JsonSerializerContext;
        """;

    [Fact]
    public void ClassContextCoversAnUnsupportedPayload()
    {
        var (result, _) = SystemTextJsonGenerator.RunWithWebhooks(Shapes, """
            using System.Collections.Generic;

            namespace App;

            [WebhookProvider("openai")]
            [WebhookJsonContext(typeof(ShapeJsonContext))]
            public partial class Handlers
            {
                [OnEvent("shape.drawn")] public void OnDrawn(ShapeDrawn evt) { }
                [OnEvent("shapes.drawn")] public void OnMany(List<ShapeDrawn> all) { }
                [OnEvent("shapes.array")] public void OnArray(ShapeDrawn[] all) { }
                [OnEvent("plain")] public void OnPlain(Plain plain) { }
            }
            """);

        var handlers = Text(result, "App.Handlers.Webhooks.g.cs");
        Assert.Contains("global::App.ShapeJsonContext.Default.ShapeDrawn)", handlers);
        Assert.Contains("global::App.ShapeJsonContext.Default.Drawings)", handlers); // TypeInfoPropertyName
        Assert.Contains("global::App.ShapeJsonContext.Default.ShapeDrawnArray)", handlers); // System.Text.Json's own naming
        Assert.Contains("WebhookPayloadJson.SnakeCaseLower.Get<global::App.Plain>()", handlers); // not in the context: generated
        Assert.DoesNotContain("ShapeDrawn", Text(result, PayloadMetadataTests.JsonHintName));
        Snapshot.Verify(result.GeneratedSources.Where(s => s.HintName == "App.Handlers.Webhooks.g.cs"));
    }

    [Fact]
    public void AssemblyContextCoversEveryClassAndAClassContextComesFirst()
    {
        var (result, _) = SystemTextJsonGenerator.RunWithWebhooks(Shapes, """
            using System.Text.Json.Serialization;

            [assembly: Webhooks.WebhookJsonContext(typeof(App.ShapeJsonContext))]

            namespace App;

            [JsonSerializable(typeof(Plain))]
            internal partial class PlainJsonContext : JsonSerializerContext;

            [WebhookProvider("openai")]
            public partial class First
            {
                [OnEvent("shape.drawn")] public void OnDrawn(ShapeDrawn evt) { }
                [OnEvent("plain")] public void OnPlain(Plain plain) { }
            }

            [WebhookProvider("vercel")]
            [WebhookJsonContext(typeof(PlainJsonContext))]
            public partial class Second
            {
                [OnEvent("shape.drawn")] public void OnDrawn(ShapeDrawn evt) { }
                [OnEvent("plain")] public void OnPlain(Plain plain) { }
            }
            """);

        var first = Text(result, "App.First.Webhooks.g.cs");
        Assert.Contains("global::App.ShapeJsonContext.Default.ShapeDrawn)", first);
        Assert.Contains("WebhookPayloadJson.SnakeCaseLower.Get<global::App.Plain>()", first);

        var second = Text(result, "App.Second.Webhooks.g.cs");
        Assert.Contains("global::App.ShapeJsonContext.Default.ShapeDrawn)", second);
        Assert.Contains("global::App.PlainJsonContext.Default.Plain)", second);
    }

    [Fact]
    public void ContextCompiledInAnotherAssemblyIsFoundByItsProperties()
    {
        // A contracts library with its own context; the app only sees its compiled properties.
        var library = CSharpCompilation.Create(
            "Contracts",
            [CSharpSyntaxTree.ParseText(GeneratorHarness.Usings + """
                using System.Text.Json.Serialization;

                namespace Contracts;

                public sealed record Invoice(string Number);

                [JsonSerializable(typeof(Invoice), TypeInfoPropertyName = "TheInvoice")]
                public partial class ContractsJsonContext : JsonSerializerContext;
                """, GeneratorHarness.ParseOptions)],
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var (_, compiledLibrary) = SystemTextJsonGenerator.RunWithWebhooks(library);

        var app = GeneratorHarness.Compile("""
            namespace App;

            [WebhookProvider("openai")]
            [WebhookJsonContext(typeof(Contracts.ContractsJsonContext))]
            public partial class Handlers
            {
                [OnEvent("invoice.paid")] public void OnPaid(Contracts.Invoice invoice) { }
            }
            """).AddReferences(compiledLibrary.ToMetadataReference());
        var run = GeneratorHarness.Run(GeneratorHarness.CreateDriver(), app);

        Assert.Contains("global::Contracts.ContractsJsonContext.Default.TheInvoice)", run.Text("App.Handlers.Webhooks.g.cs"));
        Assert.DoesNotContain(PayloadMetadataTests.JsonHintName, run.HintNames);
    }

    [Fact]
    public void ATypeThatIsNotAContextIsIgnored()
    {
        var run = GeneratorHarness.Run("""
            namespace App;

            public sealed record Plain(string Id);

            public static class NotAContext
            {
            }

            [WebhookProvider("openai")]
            [WebhookJsonContext(typeof(NotAContext))]
            public partial class Handlers
            {
                [OnEvent("plain")] public void OnPlain(Plain plain) { }
            }
            """);

        Assert.Contains("WebhookPayloadJson.SnakeCaseLower.Get<global::App.Plain>()", run.Text("App.Handlers.Webhooks.g.cs"));
    }

    [Theory]
    [InlineData("Order", "Order")]
    [InlineData("Order[]", "OrderArray")]
    [InlineData("List<Order>", "ListOrder")]
    [InlineData("Dictionary<string, List<Order>>", "DictionaryStringListOrder")]
    [InlineData("int?", "NullableInt32")]
    [InlineData("Outer<int>.Inner<string>", "InnerInt32String")]
    public void PropertyNamesFollowSystemTextJson(string type, string expected)
    {
        var compilation = GeneratorHarness.Compile($$"""
            using System.Collections.Generic;

            namespace App;

            public sealed class Order { }
            public sealed class Outer<T> { public sealed class Inner<U> { } }
            public static class Holder { public static {{type}} Field = default!; }
            """);
        var field = (IFieldSymbol)compilation.GetTypeByMetadataName("App.Holder")!.GetMembers("Field").Single();

        Assert.Equal(expected, Webhooks.Generator.Parsing.JsonTypeNames.TypeInfoPropertyName(field.Type));
    }

    private static string Text(GeneratorRunResult result, string hintName) =>
        result.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();
}
