using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Webhooks.Generator.Model;
using Webhooks.Generator.Tests.Infrastructure;

namespace Webhooks.Generator.Tests;

/// <summary>
/// The model that flows through the incremental pipeline holds no Roslyn object (which would root a whole
/// compilation and defeat caching), and compares by value.
/// </summary>
public class ModelPurityTests
{
    private static IEnumerable<Type> ModelTypes =>
        typeof(WebhooksGenerator).Assembly.GetTypes().Where(t => t.Namespace == "Webhooks.Generator.Model");

    [Fact]
    public void Model_holds_no_Roslyn_objects()
    {
        var reachable = ModelGraph.Reachable(ModelTypes);

        // The walk must actually reach the model, or it would pass on nothing.
        Assert.Contains(typeof(HandlerClassModel), reachable.Keys);
        Assert.Contains(typeof(EquatableArray<EventHandlerModel>), reachable.Keys);
        Assert.Contains(typeof(HandlerParameterModel), reachable.Keys);
        Assert.Contains(typeof(ContainingTypeModel), reachable.Keys);
        Assert.Contains(typeof(RegistrationModel), reachable.Keys);

        var violations = ModelGraph.Violations(ModelTypes);
        Assert.True(violations.Count == 0, "The model reaches Roslyn objects:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void The_walk_finds_Roslyn_objects_wherever_they_hide()
    {
        // Proves the walk above can fail: each of these hides a banned type one way or another.
        Assert.Single(ModelGraph.Violations([typeof(HoldsSymbolInProperty)]), v => v.Contains(nameof(ISymbol)));
        Assert.Single(ModelGraph.Violations([typeof(HoldsTreeInPrivateField)]), v => v.Contains(nameof(SyntaxTree)));
        Assert.Single(ModelGraph.Violations([typeof(HoldsLocationsInGenericArray)]), v => v.Contains(nameof(Location)));
        Assert.Contains(ModelGraph.Violations([typeof(HoldsDerivedType)]), v => v.Contains($"({typeof(DerivedTree).FullName})"));
        Assert.NotEmpty(ModelGraph.Violations([typeof(DerivesFromHolder)]));
    }

    [Fact]
    public void Model_types_are_value_equatable()
    {
        // Records and record structs get IEquatable<T>; a plain class would compare by reference and never cache.
        var types = ModelTypes.Where(t => !t.IsEnum && !(t.IsAbstract && t.IsSealed) && !t.IsNested).ToList();
        Assert.Contains(typeof(HandlerClassModel), types);
        foreach (var type in types)
        {
            var closed = type.IsGenericTypeDefinition ? type.MakeGenericType(typeof(string)) : type;
            Assert.True(typeof(IEquatable<>).MakeGenericType(closed).IsAssignableFrom(closed), $"{type.Name} is not IEquatable<{type.Name}>.");
        }
    }

    [Fact]
    public void Model_collections_are_equatable_arrays()
    {
        // Arrays, ImmutableArray and lists compare by reference: inside a record they would break its equality.
        var fields = ModelTypes
            .Where(t => !t.Name.StartsWith("EquatableArray", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            .ToList();
        var offenders = fields
            .Where(f => f.FieldType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(f.FieldType)
                && !(f.FieldType.IsGenericType && f.FieldType.GetGenericTypeDefinition() == typeof(EquatableArray<>)))
            .Select(f => $"{f.DeclaringType!.Name}.{f.Name}: {f.FieldType}")
            .ToList();

        Assert.Contains(fields, f => f.FieldType == typeof(EquatableArray<EventHandlerModel>)); // the check sees record fields
        Assert.True(offenders.Count == 0, "Model collections that are not EquatableArray:\n" + string.Join("\n", offenders));
    }

    private sealed class HoldsSymbolInProperty
    {
        public ISymbol? Symbol { get; init; }
    }

    private sealed class HoldsTreeInPrivateField
    {
        private readonly SyntaxTree? _tree = null;

        public override string ToString() => _tree?.FilePath ?? "";
    }

    private sealed class HoldsLocationsInGenericArray
    {
        public Dictionary<string, ImmutableArray<Location>>? Locations { get; init; }
    }

    private abstract class DerivedTree : SyntaxTree;

    private sealed class HoldsDerivedType
    {
        public DerivedTree? Tree { get; init; }
    }

    private class DerivesFromHolder : HoldsSymbolBase;

    private class HoldsSymbolBase
    {
        public SemanticModel? Model { get; init; }
    }
}
