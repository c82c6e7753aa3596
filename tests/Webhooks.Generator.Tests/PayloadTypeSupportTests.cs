using Microsoft.CodeAnalysis;
using Webhooks.Generator.Parsing;
using Webhooks.Generator.Tests.Infrastructure;

namespace Webhooks.Generator.Tests;

/// <summary>
/// The one "can the generator write JSON metadata for this type" decision (<see cref="JsonTypeGraph"/>) that the
/// generator (which skips the handler) and the analyzer (WHK0013) share: what it accepts, and what it rejects with
/// which reason.
/// </summary>
public class PayloadTypeSupportTests
{
    private const string Shapes = """
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Text.Json.Serialization;

        namespace App;

        public interface IShape { string Name { get; } }
        public abstract class ShapeBase { public string Name { get; set; } = ""; }
        public sealed class Circle : ShapeBase { public double Radius { get; set; } }

        public sealed class HasInterface { public IShape Shape { get; set; } = null!; }
        public sealed class HasIntKeys { public Dictionary<int, string> ByNumber { get; set; } = new(); }
        public sealed class TwoConstructors { public TwoConstructors(string a) { } public TwoConstructors(int b) { } }
        public sealed class TwoMarkedConstructors { [JsonConstructor] public TwoMarkedConstructors(string a) { } [JsonConstructor] public TwoMarkedConstructors(int b) { } }
        public sealed class PrivateConstructor { private PrivateConstructor() { } }
        public sealed class UnboundParameter { public UnboundParameter(string name, int other) => Name = name; public string Name { get; } }
        public sealed class MistypedParameter { public MistypedParameter(long count) => Count = (int)count; public int Count { get; } }
        [JsonPolymorphic] [JsonDerivedType(typeof(Square), "square")] public class Polymorphic { }
        public sealed class Square : Polymorphic { }
        [JsonConverter(typeof(JsonStringEnumConverter<Colour>))] public enum Colour { Red }
        public sealed class HasConverterEnum { public Colour Colour { get; set; } }
        public sealed class HasMemberConverter { [JsonConverter(typeof(JsonStringEnumConverter))] public DayOfWeek Day { get; set; } }
        public sealed class HasPrivateInclude { [JsonInclude] private string Hidden { get; set; } = ""; }
        public sealed class BadExtensionData { [JsonExtensionData] public Dictionary<string, string>? Extra { get; set; } }
        public sealed class TwoExtensionData { [JsonExtensionData] public Dictionary<string, object>? A { get; set; } [JsonExtensionData] public Dictionary<string, JsonElement>? B { get; set; } }
        public sealed class HasImmutable { public ImmutableArray<string> Tags { get; set; } }
        public sealed class HasMultiDimensional { public int[,] Grid { get; set; } = new int[0, 0]; }
        public sealed class HasTuple { public (int, string) Pair { get; set; } }
        public sealed class OwnList : List<string> { }
        public sealed class HasOwnList { public OwnList Items { get; set; } = new(); }
        public sealed class AppException : Exception { }
        public sealed class Outer { private sealed class Hidden { } internal sealed class Visible { public string A { get; set; } = ""; } }
        public sealed class Deep { public List<Dictionary<string, HasInterface>> Nested { get; set; } = new(); }
        public sealed class Ignored { [JsonIgnore] public IShape? Shape { get; set; } public string Name { get; set; } = ""; }
        public sealed class SelfReferencing { public SelfReferencing? Parent { get; set; } public List<SelfReferencing> Children { get; set; } = new(); }
        public sealed record Positional(string Name, int Count);
        public struct PlainStruct { public int X { get; set; } }
        public sealed class WithFieldsAndObject { public string Field = ""; public object? Anything { get; set; } public byte[]? Bytes { get; set; } }
        """;

    [Theory]
    [InlineData("App.Circle")]
    [InlineData("App.Ignored")]
    [InlineData("App.SelfReferencing")]
    [InlineData("App.Positional")]
    [InlineData("App.PlainStruct")]
    [InlineData("App.WithFieldsAndObject")]
    [InlineData("App.Outer+Visible")]
    public void A_supported_type_is_added_to_the_graph(string metadataName)
    {
        var (graph, type) = Load(metadataName);

        Assert.True(graph.TryAdd(type, out var problem), problem);
        Assert.Contains(graph.Types, t => t.FullyQualifiedName == "global::" + metadataName.Replace('+', '.'));
    }

    [Theory]
    [InlineData("App.IShape", "'IShape' is an interface, so there is no type to create")]
    [InlineData("App.ShapeBase", "'ShapeBase' is abstract, so there is no type to create")]
    [InlineData("App.HasInterface", "'IShape' is an interface, so there is no type to create (reached through HasInterface.Shape)")]
    [InlineData("App.HasIntKeys", "'Dictionary<int, string>' has 'int' keys, and only string keys are supported (reached through HasIntKeys.ByNumber)")]
    [InlineData("App.TwoConstructors", "'TwoConstructors' has no public parameterless constructor and no single public constructor; mark the one to use with [JsonConstructor]")]
    [InlineData("App.TwoMarkedConstructors", "'TwoMarkedConstructors' has more than one [JsonConstructor]")]
    [InlineData("App.PrivateConstructor", "'PrivateConstructor' has no public parameterless constructor")]
    [InlineData("App.UnboundParameter", "constructor parameter 'other' of 'UnboundParameter' matches no property of the same name and type")]
    [InlineData("App.MistypedParameter", "constructor parameter 'count' of 'MistypedParameter' matches no property of the same name and type")]
    [InlineData("App.Polymorphic", "'Polymorphic' is polymorphic ([JsonPolymorphic] or [JsonDerivedType])")]
    [InlineData("App.HasConverterEnum", "'Colour' has a [JsonConverter] (reached through HasConverterEnum.Colour)")]
    [InlineData("App.HasMemberConverter", "'HasMemberConverter.Day' has a [JsonConverter]")]
    [InlineData("App.HasPrivateInclude", "'HasPrivateInclude.Hidden' has [JsonInclude] but generated code can't reach it")]
    [InlineData("App.BadExtensionData", "[JsonExtensionData] member 'BadExtensionData.Extra' must be a Dictionary<string, JsonElement>")]
    [InlineData("App.TwoExtensionData", "'TwoExtensionData' has more than one [JsonExtensionData] member")]
    [InlineData("App.HasImmutable", "'ImmutableArray<string>' is a framework type the generator has no metadata for (reached through HasImmutable.Tags)")]
    [InlineData("App.HasMultiDimensional", "'int[,]' is a multi-dimensional array (reached through HasMultiDimensional.Grid)")]
    [InlineData("App.HasTuple", "is a framework type the generator has no metadata for (reached through HasTuple.Pair)")]
    [InlineData("App.HasOwnList", "'OwnList' is a collection type of its own")]
    [InlineData("App.AppException", "'AppException' derives from 'Exception', a framework type")]
    [InlineData("App.Deep", "'IShape' is an interface, so there is no type to create (reached through Deep.Nested, then HasInterface.Shape)")]
    public void An_unsupported_type_is_refused_with_its_reason(string metadataName, string reason)
    {
        var (graph, type) = Load(metadataName);

        Assert.False(graph.TryAdd(type, out var problem));
        Assert.Contains(reason, problem);
        Assert.Empty(graph.Types); // a rejected root adds nothing
    }

    [Fact]
    public void Private_nested_type_is_not_accessible()
    {
        var (graph, type) = Load("App.Outer+Hidden");

        Assert.False(graph.TryAdd(type, out var problem));
        Assert.Contains("is not accessible to generated code; make it internal or public", problem);
    }

    [Theory]
    [InlineData("App.Circle", true)]
    [InlineData("App.IShape", true)] // rejected with a reason (WHK0013), not as "not a payload" (WHK0006)
    [InlineData("System.Version", false)]
    [InlineData("System.Exception", false)]
    [InlineData("App.Colour", false)]
    public void Payload_candidates_are_told_apart(string metadataName, bool candidate)
    {
        var (_, type) = Load(metadataName);

        Assert.Equal(candidate, JsonTypeGraph.IsPayloadCandidate(type));
    }

    [Fact]
    public void The_same_rules_decide_in_generator_and_analyzer()
    {
        // Skipped by the generator and reported by the analyzer, for the same reason: see the analyzer tests for
        // the diagnostic; here, the generator's side.
        var run = GeneratorHarness.Run(Shapes, """
            namespace App;

            [WebhookProvider("openai")]
            public partial class Handlers
            {
                [OnEvent("skipped")] public void Skipped(HasInterface payload) { }
                [OnEvent("kept")] public void Kept(Circle payload) { }
            }
            """);

        var text = run.Text("App.Handlers.Webhooks.g.cs");
        Assert.DoesNotContain("Skipped", text);
        Assert.Contains("handler.Kept(payload);", text);
        Assert.DoesNotContain("HasInterface", run.Text(PayloadMetadataTests.JsonHintName));
    }

    private static (JsonTypeGraph Graph, ITypeSymbol Type) Load(string metadataName)
    {
        var compilation = GeneratorHarness.Compile(Shapes);
        var type = compilation.GetTypeByMetadataName(metadataName) ?? throw new InvalidOperationException($"No type {metadataName}.");
        return (new JsonTypeGraph(compilation), type);
    }
}
